import Foundation

/// `helpdesk-console-bench [--db PATH] [--orders N] [--messages N] [--helpdesk PATH] [--kb DIR] [--format json|text] [--think-ms N]`.
struct BenchOptions {
    var database = ".build-bench/console-bench.sqlite"
    var orders = 1_000_000
    var messages = 1_000
    var warmUp = 20
    /// The pause between an answer and the next message, as an agent reads and listens. The
    /// console uses such pauses to checkpoint the database; 0 sends messages back to back.
    var thinkMilliseconds = 0
    var helpdesk = ".build/release/helpdesk"
    var knowledgeBase = "KnowledgeBase"
    var formats = ["json", "text"]
    /// The fixed clock of the console and of the generated orders.
    var now = "2025-11-28T10:00:00Z"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--db": database = iterator.next() ?? database
            case "--orders": orders = iterator.next().flatMap(Int.init) ?? orders
            case "--messages": messages = iterator.next().flatMap(Int.init) ?? messages
            case "--warm-up": warmUp = iterator.next().flatMap(Int.init) ?? warmUp
            case "--think-ms": thinkMilliseconds = iterator.next().flatMap(Int.init) ?? thinkMilliseconds
            case "--helpdesk": helpdesk = iterator.next() ?? helpdesk
            case "--kb": knowledgeBase = iterator.next() ?? knowledgeBase
            case "--format": formats = iterator.next().map { [$0] } ?? formats
            case "--now": now = iterator.next() ?? now
            default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
            }
        }
    }
}
