import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty database with a demo store (channels, orders in every state, an open incident) and answer sample messages.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only fill the database; do not answer the sample messages.")
    var fillOnly = false

    func run() throws {
        let context = AppContext(options: global)
        let assistant = try context.assistant()
        let database = try context.database()
        let now = context.clock.now()
        let demo = DemoData(now: now)
        if try database.installDemo(demo) {
            Console.print("Demo store created in \(global.databasePath): \(demo.channels.count) channels, \(demo.orders.count) orders, 1 open incident.")
        } else {
            Console.print("\(global.databasePath) already has orders; using them as they are.")
        }
        guard !fillOnly else { return }
        let samples = demo.samples
        let messages = [
            "Where is my order \(samples.dispatchedAmazon)?",
            "any news on \(samples.awaitingShopify)?",
            "I dispatched \(samples.dispatchedNotExportedEbay) but eBay still shows it as unshipped",
            "I connected WooCommerce 45 minutes ago and no orders are showing",
            "no new Amazon orders in the last hour",
            "my Magento orders stopped importing",
            "где мой заказ \(samples.dispatchedAmazon)?",
            "покупатель поменял адрес в заказе \(samples.addressChangedEtsy) на Etsy",
            "is the dashboard down?",
            "I want to talk to a real person",
        ]
        for message in messages {
            let reply = try assistant.respond(to: message, facts: database, now: now)
            let logID = try database.recordExchange(ExchangeLogEntry(reply: reply, message: message, via: "demo"))
            Console.print("\n> \(message)\n" + ReplyText.render(reply, logID: logID, knowledgeBase: assistant.knowledgeBase))
        }
    }
}
