import Foundation

/// `helpdesk-report-bench [--db PATH] [--exchanges N] [--days N] [--runs N] [--helpdesk PATH] [--kb DIR] [--rebuild]`.
struct BenchOptions {
    var database = ".build-bench/report-1m.sqlite"
    var exchanges = 1_000_000
    var days = 90
    var runs = 3
    var helpdesk = ".build/release/helpdesk"
    var knowledgeBase = "KnowledgeBase"
    var rebuild = false
    /// The fixed clock: the log ends here.
    var now = "2025-11-28T10:00:00Z"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--db": database = iterator.next() ?? database
            case "--exchanges": exchanges = iterator.next().flatMap(Int.init) ?? exchanges
            case "--days": days = iterator.next().flatMap(Int.init) ?? days
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--helpdesk": helpdesk = iterator.next() ?? helpdesk
            case "--kb": knowledgeBase = iterator.next() ?? knowledgeBase
            case "--now": now = iterator.next() ?? now
            case "--rebuild": rebuild = true
            default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
            }
        }
    }
}
