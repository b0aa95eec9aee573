import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension Channel: ExpressibleByArgument {}

struct ChannelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channels", abstract: "Record and show the sync state of sales channels.", subcommands: [Set.self, List.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a channel's connection and sync times.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Channel: amazon, ebay, etsy, shopify, woocommerce or magento.") var channel: Channel
        @Option(help: "When the channel was connected (ISO-8601).") var connectedAt: String
        @Option(help: "When orders were last imported (ISO-8601).") var lastImportAt: String?
        @Option(help: "When dispatches were last exported (ISO-8601).") var lastExportAt: String?
        @Option(help: "The last connection error, if any.") var error: String?
        @Option(help: "The store's name on the channel.") var storeName: String?

        func validate() throws {
            for (flag, value) in [("--connected-at", connectedAt), ("--last-import-at", lastImportAt ?? ""), ("--last-export-at", lastExportAt ?? "")]
            where !value.isEmpty && ISO8601.parse(value) == nil {
                throw ValidationError("\(flag) '\(value)' is not an ISO-8601 time")
            }
        }

        func run() throws {
            let context = AppContext(options: global)
            let state = ChannelState(
                channel: channel, storeName: storeName, connectedAt: ISO8601.parse(connectedAt),
                lastImportAt: lastImportAt.flatMap(ISO8601.parse), lastExportAt: lastExportAt.flatMap(ISO8601.parse),
                lastError: error.flatMap { $0.isEmpty ? nil : $0 })
            try context.database().setChannel(state, at: context.clock.now())
            Console.print("\(channel.rawValue): connected at \(connectedAt)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List connected channels.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let channels = try AppContext(options: global).database().channels()
            switch format {
            case .json:
                Console.print(StableJSON.string(channels.map(ChannelDocument.init), pretty: true))
            case .text:
                if channels.isEmpty { Console.print("No channels connected.") }
                for state in channels {
                    let document = ChannelDocument(state)
                    Console.print("\(document.channel)\tconnected \(document.connected_at ?? "-")\tlast import \(document.last_import_at ?? "-")\tlast export \(document.last_export_at ?? "-")\(document.last_error.map { "\terror: \($0)" } ?? "")")
                }
            }
        }
    }
}

/// A channel's state as JSON.
struct ChannelDocument: Encodable {
    var channel: String
    var store_name: String?
    var connected_at: String?
    var last_import_at: String?
    var last_export_at: String?
    var last_error: String?

    init(_ state: ChannelState) {
        channel = state.channel.rawValue
        store_name = state.storeName
        connected_at = state.connectedAt.map(ISO8601.format)
        last_import_at = state.lastImportAt.map(ISO8601.format)
        last_export_at = state.lastExportAt.map(ISO8601.format)
        last_error = state.lastError
    }
}
