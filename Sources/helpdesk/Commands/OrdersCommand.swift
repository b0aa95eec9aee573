import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Import and look up orders.", subcommands: [Import.self, Show.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import orders from Helpdesk's order CSV; bad rows are reported by line and the good ones kept.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let context = AppContext(options: global)
            let importer = HelpdeskCSVOrderImporter(database: try context.database())
            let summary: OrderImportSummary
            do {
                summary = try importer.importFile(atPath: file, at: context.clock.now())
            } catch {
                Console.error("\(file): \(error)")
                throw ExitCode(2)
            }
            for rowError in summary.errors { Console.error(rowError.description) }
            if summary.errorCount > summary.errors.count {
                Console.error("… and \(summary.errorCount - summary.errors.count) more bad rows")
            }
            switch format {
            case .json: Console.print(StableJSON.string(summary, pretty: true))
            case .text:
                Console.print("\(file): \(summary.rowsRead) rows, \(summary.inserted) new, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.errorCount) bad")
            }
            if summary.errorCount > 0 { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show orders by number (any format), tracking number or customer e-mail.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Order number, tracking number or e-mail.") var query: String
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let database = try AppContext(options: global).database()
            var orders: [Order]
            if query.contains("@") {
                orders = try database.orders(forEmail: query.lowercased())
            } else {
                let key = OrderNumberKey.make(query)
                orders = try database.orders(matchingKey: key)
                if orders.isEmpty { orders = try database.orders(trackingKey: key) }
            }
            switch format {
            case .json:
                Console.print(StableJSON.string(orders.map(ReplyDocument.document), pretty: true))
            case .text:
                if orders.isEmpty { Console.print("No order matches \(query).") }
                if orders.count > 1, !query.contains("@") { Console.print("\(orders.count) orders match \(query); which one?") }
                for order in orders {
                    let document = ReplyDocument.document(order)
                    Console.print("\(document.channel) \(document.order_number): \(document.state)"
                        + (document.customer_name.map { ", \($0)" } ?? "") + (document.customer_email.map { " <\($0)>" } ?? "")
                        + (document.placed_at.map { ", placed \($0)" } ?? "") + (document.dispatched_at.map { ", dispatched \($0)" } ?? "")
                        + (document.carrier.map { ", \($0)" } ?? "") + (document.tracking_number.map { " \($0)" } ?? ""))
                }
            }
            if orders.isEmpty { throw ExitCode(1) }
        }
    }
}
