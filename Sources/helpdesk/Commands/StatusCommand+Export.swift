import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension StatusCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write Helpdesk's view of the service as a Statuspage v2 summary.json (- for standard output).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Where to write it, e.g. summary.json, or - for standard output.") var file: String
        @Option(help: "The page's name in the document.") var pageName: String = "Service status"
        @Option(help: "The page's public address in the document.") var pageURL: String = ""

        func run() throws {
            let context = AppContext(options: global)
            let knowledgeBase = try context.knowledgeBase()
            let status = try context.database().serviceStatus()
            let page = StatuspageExport.Page(name: pageName, url: pageURL, timeZone: knowledgeBase.settings.timeZone.identifier)
            let data = StatuspageExport.document(status, page: page, now: context.clock.now())
            if file == "-" {
                Console.print(String(decoding: data, as: UTF8.self))
                return
            }
            do {
                try data.write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                Console.error("cannot write \(file): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            Console.print("\(file): \(status.components.count) components, \(status.incidents.count) incidents and maintenance")
        }
    }
}
