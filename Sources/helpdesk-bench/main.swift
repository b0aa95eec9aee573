import Foundation
import HelpdeskCore
import HelpdeskStore

// Benchmarks of understanding and answering. Build and run in release:
//   swift run -c release helpdesk-bench [--kb KnowledgeBase] [--messages 200000] [--csv ../shared/eval/dev.csv]
//       [--phase understand|memory|record|store]
// Prints messages per second (and CPU time per message) for understanding alone, for answering with
// facts in memory, for what a batch writes per reply besides answering (the log entry's JSON
// columns, the reply document's JSON), and for answering against a SQLite store with the exchange
// logged in batches. `--phase golden --out FILE` writes the golden replies instead
// (scripts/golden-replies).

struct Options {
    var knowledgeBase = "KnowledgeBase"
    var messages = 200_000
    var csv: String?
    /// Run only this phase: understand, memory, record or store; or `golden` to write every reply of a
    /// fixed set of cases to `--out` (see `GoldenReplies`).
    var phase: String?
    var output = "golden-replies.tsv"
    var transcripts = "Transcripts"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--kb": knowledgeBase = iterator.next() ?? knowledgeBase
            case "--messages": messages = iterator.next().flatMap(Int.init) ?? messages
            case "--csv": csv = iterator.next()
            case "--phase": phase = iterator.next()
            case "--out": output = iterator.next() ?? output
            case "--transcripts": transcripts = iterator.next() ?? transcripts
            default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// CPU time of the process so far, in seconds: on a shared machine the wall clock also counts the
/// time other processes had the core.
func processorSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

/// Runs `body` and reports its wall-clock and CPU time per message.
func measure(_ name: String, count: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let cpuStart = processorSeconds()
    let duration = try clock.measure(body)
    let cpu = processorSeconds() - cpuStart
    let elapsed = seconds(duration)
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: " %9d messages  %7.3f s  %10.0f messages/s  %6.2f µs/message  (CPU %6.2f µs/message)", count, elapsed, Double(count) / elapsed, elapsed / Double(count) * 1e6, cpu / Double(count) * 1e6))
}

let options = Options(CommandLine.arguments)
let base: KnowledgeBase
do {
    base = try KnowledgeBase.load(from: URL(fileURLWithPath: options.knowledgeBase))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
let assistant = Assistant(knowledgeBase: base)

// The corpus: the knowledge base's own examples, the labelled CSV if given, and messages with numbers.
var corpus = base.intentExamples.map(\.text)
if let path = options.csv, let reader = try? CSVReader(path: path), let header = try? reader.next() {
    let textIndex = CSVHeader(header).index(of: "text") ?? 0
    while let record = try? reader.next() { if let text = record[textIndex] { corpus.append(text) } }
}
corpus += [
    "where is my order 114-0149180-7966659?", "any news on #1042", "status of AB123456785GB please",
    "I dispatched 24-14934-88735 but eBay still shows it as unshipped", "где мой заказ 3935119409 с Etsy?",
    "my email is amelia@example.com, where's my parcel", "I connected Amazon an hour ago and no orders are showing",
]
print("corpus: \(corpus.count) distinct messages, knowledge base \(options.knowledgeBase)")

if options.phase == "golden" {
    let golden = GoldenReplies(assistant: assistant, base: base, corpus: corpus, transcripts: options.transcripts)
    let outcome = try golden.write(to: options.output)
    print("golden: \(outcome.replies) replies written to \(options.output)")
    for mismatch in outcome.writerMismatches { print("writer differs from JSONEncoder: \(mismatch)") }
    exit(outcome.writerMismatches.isEmpty ? 0 : 1)
}

let count = options.messages

// Warm the lexicon's cache the way a long-running process would be.
for text in corpus { _ = assistant.understand(text) }

var checksum = 0
func wanted(_ phase: String) -> Bool { options.phase == nil || options.phase == phase }

if wanted("understand") {
    measure("understand", count: count) {
        for index in 0..<count { checksum &+= assistant.understand(corpus[index % corpus.count]).intent.rawValue.utf8.count }
    }
}

let now = Date(timeIntervalSince1970: 1_764_324_000)
let demo = DemoData(now: now)
let memory = InMemoryFacts(orders: Array(demo.orders.prefix(50)), channels: demo.channels, status: demo.status)
if wanted("memory") {
    try measure("understand + decide + render (memory facts)", count: count) {
        for index in 0..<count { checksum &+= try assistant.respond(to: corpus[index % corpus.count], facts: memory, now: now).answer.utf8.count }
    }
}

if wanted("record") {
    // What a batch run does with each reply besides answering: the log entry (with its JSON
    // columns: entities, guides, incidents) and an output record (the reply document's JSON).
    let replies = try corpus.map { try assistant.respond(to: $0, facts: memory, now: now) }
    measure("log entry (entities, guides, incidents JSON)", count: count) {
        for index in 0..<count {
            let entry = ExchangeLogEntry(
                reply: replies[index % replies.count], message: corpus[index % corpus.count], via: "bench", sourceKey: "bench")
            checksum &+= entry.entitiesJSON.utf8.count + StableJSONWriter.list(entry.guides).utf8.count
                + StableJSONWriter.list(entry.incidentIDs).utf8.count
        }
    }
    measure("reply document JSON (output record)", count: count) {
        for index in 0..<count { checksum &+= ReplyDocument(replies[index % replies.count], logID: Int64(index)).json.utf8.count }
    }
}

if wanted("store") {
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let database = try AppDatabase(path: folder.appendingPathComponent("bench.sqlite").path)
try database.installDemo(demo)
var pending: [ExchangeLogEntry] = []
pending.reserveCapacity(1000)
let storeCount = min(count, 100_000)
try measure("answer from SQLite + log in batches of 1000", count: storeCount) {
    for index in 0..<storeCount {
        let text = corpus[index % corpus.count]
        let reply = try assistant.respond(to: text, facts: database, now: now)
        pending.append(ExchangeLogEntry(reply: reply, message: text, via: "bench", sourceKey: "bench#\(index)"))
        if pending.count == 1000 {
            _ = try database.recordExchanges(pending)
            pending.removeAll(keepingCapacity: true)
        }
    }
    if !pending.isEmpty { _ = try database.recordExchanges(pending) }
}
}
print("checksum \(checksum)")
