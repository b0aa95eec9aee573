import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// The kind of order file `orders import` reads: told from the header, or named.
enum ImportFormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, helpdesk, shopify, amazon, ebay, etsy

    /// The named format, or `nil` to detect it.
    var format: OrderFileFormat? { OrderFileFormat(rawValue: rawValue) }
}

struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Import, look up and search orders.",
        subcommands: [Import.self, Show.self, Search.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import an order file: Helpdesk's CSV or a Shopify, Amazon, eBay or Etsy export.",
            discussion: """
                The kind of file, its delimiter (comma, tab or semicolon) and its header line are told from its \
                first lines; preamble lines (eBay's, a `sep=,` hint) and footer notes are passed over. Orders \
                spread over several rows (one per line item) are imported once with their items. Bad rows are \
                reported by line and the good ones kept; re-importing updates orders and records what changed.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The order file.") var file: String
        @Option(help: "The kind of file: auto, helpdesk, shopify, amazon, ebay or etsy.")
        var format: ImportFormatOption = .auto
        @Option(help: "Store the orders under this channel (for Helpdesk's CSV: the channel of rows that name none).")
        var channel: Channel?
        @Option(help: "Summary output: text or json.") var output: OutputFormat = .text

        func run() throws {
            let context = AppContext(options: global)
            let importer = OrderFileImporter(database: try context.database())
            let summary: OrderImportSummary
            do {
                summary = try importer.importFile(
                    atPath: file, format: format.format, channel: channel, at: context.clock.now())
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
            for rowError in summary.errors { Console.error(rowError.description) }
            if summary.errorCount > summary.errors.count {
                Console.error("… and \(summary.errorCount - summary.errors.count) more bad rows")
            }
            switch output {
            case .json: Console.print(StableJSON.string(summary, pretty: true))
            case .text:
                Console.print(
                    "\(file) (\(summary.format.displayName)): \(summary.rowsRead) rows, \(summary.saved) orders: "
                        + "\(summary.inserted) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                        + "\(summary.errorCount) bad rows")
            }
            if summary.errorCount > 0 { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show orders by number (typed any way), tracking number, e-mail or customer name, with their history.",
            discussion: """
                Exits 0 when orders are shown, 1 when none matches, and 3 when a number matches orders on \
                several channels (they are listed; add --channel to pick one).
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Order number, tracking number or e-mail (or a name with --name).") var query: String
        @Flag(help: "Look the query up as a customer name.") var name = false
        @Option(help: "Only orders of this channel.") var channel: Channel?
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let database = try AppContext(options: global).database()
            let result =
                name
                ? try database.searchOrders(query, channel: channel) : try database.findOrders(query, channel: channel)
            try OrderListing(query: query, result: result, database: database).print(format)
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find orders by customer name (start of the name, else anywhere in it) or e-mail.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "A customer name, or part of one, or an e-mail address.") var text: String
        @Option(help: "Only orders of this channel.") var channel: Channel?
        @Option(help: "At most this many orders.") var limit = 50
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let database = try AppContext(options: global).database()
            let result = try database.searchOrders(text, channel: channel, limit: limit)
            try OrderListing(query: text, result: result, database: database).print(format)
        }
    }
}
