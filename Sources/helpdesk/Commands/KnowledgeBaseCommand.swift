import ArgumentParser
import Foundation
import HelpdeskCore

struct KnowledgeBaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Work with the knowledge base.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the knowledge base and run every rule example; exit non-zero on any problem.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let base = try AppContext(options: global).knowledgeBase()
            let failures = RuleExampleChecker.failures(in: base)
            let assistant = Assistant(knowledgeBase: base)
            var misread: [String] = []
            for example in base.intentExamples {
                let got = assistant.understand(example.text).intent
                if got != example.intent {
                    misread.append("\(example.file):\(example.line ?? 0): \"\(example.text)\" is understood as \(got.rawValue), listed under \(example.intent.rawValue)")
                }
            }
            for failure in failures { Console.error(failure.description) }
            for line in misread { Console.error(line) }
            let examples = base.rules.reduce(0) { $0 + $1.examples.count }
            if failures.isEmpty && misread.isEmpty {
                Console.print("Knowledge base OK: \(base.guides.count) guides, \(base.facts.order.count) facts, \(base.rules.count) rules, \(examples) rule examples and \(base.intentExamples.count) intent examples pass.")
            } else {
                Console.error("\(failures.count) rule example(s) and \(misread.count) intent example(s) fail.")
                throw ExitCode(1)
            }
        }
    }
}
