import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension Language: ExpressibleByArgument {}

extension StatusCommand {
    struct Page: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the static status page: DIR/index.html (self-contained) and DIR/summary.json.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The folder to write into (created if needed).") var out: String
        @Option(help: "The page's language: en or ru.") var language: Language = .en

        func run() throws {
            let context = AppContext(options: global)
            let knowledgeBase = try context.knowledgeBase()
            let database = try context.database()
            let now = context.clock.now()
            let writer = StatusPageHTML(knowledgeBase: knowledgeBase)
            let status = try database.serviceStatus()
            let past = try database.pastIncidents(since: now.addingTimeInterval(-writer.historyWindow))
            let html = writer.render(status: status, past: past, now: now, language: language)
            let page = StatuspageExport.Page(name: "Service status", url: "", timeZone: knowledgeBase.settings.timeZone.identifier)
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(html.utf8).write(to: folder.appendingPathComponent("index.html"), options: .atomic)
                try StatuspageExport.document(status, page: page, now: now)
                    .write(to: folder.appendingPathComponent("summary.json"), options: .atomic)
            } catch {
                Console.error("cannot write the page into \(out): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            Console.print("\(folder.appendingPathComponent("index.html").path): \(status.components.count) components, \(past.count) incidents in the last \(DurationText.compact(writer.historyWindow))")
        }
    }
}
