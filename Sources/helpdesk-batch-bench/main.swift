import Foundation
import HelpdeskCore
import HelpdeskStore

// Generates a large transcript set for benchmarking `helpdesk batch`, and the store it is
// answered from. Build and run in release:
//   helpdesk-batch-bench --messages 1000000 --out /tmp/batch-bench --db /tmp/batch-bench.sqlite
// Writes DIR/transcripts-NN.jsonl (customer, agent and system lines, conversations interleaved,
// timestamps over the two weeks before --now, covering the demo incident) and installs the demo
// store at --now in the database. `scripts/bench-batch` runs the batch over it and reports
// messages per second and peak memory.

struct Options {
    var knowledgeBase = "KnowledgeBase"
    var messages = 1_000_000
    var files = 4
    var output = "batch-bench"
    var database = "batch-bench.sqlite"
    var now = "2025-03-04T12:00:00Z"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--kb": knowledgeBase = iterator.next() ?? knowledgeBase
            case "--messages": messages = iterator.next().flatMap(Int.init) ?? messages
            case "--files": files = max(1, iterator.next().flatMap(Int.init) ?? files)
            case "--out": output = iterator.next() ?? output
            case "--db": database = iterator.next() ?? database
            case "--now": now = iterator.next() ?? now
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

extension SplitMix64 {
    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}

func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        default:
            if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
        }
    }
    return result + "\""
}

let options = Options(CommandLine.arguments)
guard let now = ISO8601.parse(options.now) else {
    FileHandle.standardError.write(Data("--now is not an ISO-8601 time\n".utf8))
    exit(2)
}
let knowledgeBase: KnowledgeBase
do {
    knowledgeBase = try KnowledgeBase.load(from: URL(fileURLWithPath: options.knowledgeBase))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

let demo = DemoData(now: now)
do {
    let database = try AppDatabase(path: options.database)
    if try database.orderCount() == 0 { try database.installDemo(demo) }
} catch {
    FileHandle.standardError.write(Data("cannot prepare \(options.database): \(error)\n".utf8))
    exit(2)
}

// Messages: the knowledge base's own examples, and order questions naming real demo orders.
let examples = knowledgeBase.intentExamples.map(\.text)
let orderNumbers = demo.orders.map(\.orderNumber)
let emails = demo.orders.compactMap(\.customerEmail)
let tracking = demo.orders.compactMap(\.trackingNumber)
let withNumbers = [
    "where is my order %@?", "Hi, order %@ hasn't arrived yet", "any news on %@ please",
    "где мой заказ %@?", "my order number is %@ and it still says processing",
]
let agentLines = ["Let me check that for you.", "Thanks for waiting.", "Is there anything else?", "Одну минуту, проверяю."]
let systemLines = ["Conversation assigned to an agent.", "Customer joined the chat."]

// SplitMix64: the same set for the same arguments.
var random = SplitMix64(seed: UInt64(options.messages))
try? FileManager.default.createDirectory(atPath: options.output, withIntermediateDirectories: true)
let perFile = (options.messages + options.files - 1) / options.files
let span = 14.0 * 86_400
var written = 0
for fileIndex in 0..<options.files {
    let count = min(perFile, options.messages - written)
    if count <= 0 { break }
    let path = options.output + "/transcripts-" + String(format: "%02d", fileIndex) + ".jsonl"
    guard let stream = OutputStream(toFileAtPath: path, append: false) else { exit(2) }
    stream.open()
    var buffer = ""
    var customerMessages = 0
    var conversation = 0
    var time = now.timeIntervalSince1970 - span
    let step = span / Double(count + count / 3)
    // A few conversations are open at once; each line goes to one of them.
    var open: [(id: String, lines: Int)] = []
    while customerMessages < count {
        if open.count < 8 || random.below(4) == 0 {
            conversation += 1
            open.append((id: "c\(fileIndex)-\(conversation)", lines: 2 + random.below(6)))
        }
        let slot = random.below(open.count)
        let id = open[slot].id
        time += step
        let timestamp = ISO8601.format(Date(timeIntervalSince1970: time))
        let roll = random.below(100)
        let role: String
        let text: String
        if roll < 18 {
            role = "agent"
            text = agentLines[random.below(agentLines.count)]
        } else if roll < 20 {
            role = "system"
            text = systemLines[random.below(systemLines.count)]
        } else {
            role = "customer"
            customerMessages += 1
            switch random.below(10) {
            case 0, 1, 2:
                text = String(format: withNumbers[random.below(withNumbers.count)], orderNumbers[random.below(orderNumbers.count)])
            case 3: text = "my email is \(emails[random.below(emails.count)]), where is my parcel?"
            case 4: text = "tracking \(tracking[random.below(tracking.count)]) shows nothing"
            default: text = examples[random.below(examples.count)]
            }
        }
        buffer += "{\"conversation_id\":\"\(id)\",\"timestamp\":\"\(timestamp)\",\"role\":\"\(role)\",\"text\":\(jsonString(text)),\"via\":\"chat\"}\n"
        open[slot].lines -= 1
        if open[slot].lines <= 0 { open.remove(at: slot) }
        if buffer.utf8.count > 1 << 20 {
            let bytes = Array(buffer.utf8)
            _ = stream.write(bytes, maxLength: bytes.count)
            buffer = ""
        }
    }
    let bytes = Array(buffer.utf8)
    _ = stream.write(bytes, maxLength: bytes.count)
    stream.close()
    written += customerMessages
}
print("wrote \(written) customer messages in \(options.files) files to \(options.output); store \(options.database)")
