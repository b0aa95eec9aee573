import Foundation
import HelpdeskCore
import HelpdeskStore

/// Writes the reply to every message of a fixed, broad set of cases as one line of JSON each, so
/// that a change meant to leave every answer as it was (a speed-up) can be checked by writing the
/// file before and after it and comparing the two (`scripts/golden-replies`).
///
/// The cases: the corpus (the knowledge base's examples, the labelled CSV, the transcripts'
/// customer lines) and questions about every demo order, answered at several moments (time-zone
/// changes in the desk's zone, the turn of a year, an ordinary afternoon) against several sets of
/// facts; the corpus again as one long conversation; the transcripts at their own timestamps; and
/// every rule example with its own facts.
///
/// Each line is `case<TAB>reply JSON<TAB>log entry's entities JSON<TAB>extra`, the reply JSON as
/// `JSONEncoder` writes it (the reference), `extra` what the JSON leaves out (status age, the
/// incidents' targets). Along the way every reply's JSON is also written by the hand-written
/// writer and compared byte for byte with the reference; differences are counted and reported.
struct GoldenReplies {
    let assistant: Assistant
    let base: KnowledgeBase
    /// Messages without a time of their own.
    let corpus: [String]
    /// Transcript folder (customer lines are answered at their own timestamps).
    let transcripts: String

    /// The moments answered at, in UTC: the desk's zone (Europe/London) goes to summer time at
    /// 01:00 UTC on 2025-03-30 and back at 01:00 UTC on 2025-10-26.
    static let moments: [(name: String, now: Date, demoAge: TimeInterval)] = [
        ("dst-start-before", date(1_743_294_600), 0),  // 2025-03-30T00:30:00Z
        ("dst-start-after", date(1_743_298_200), 0),  // 2025-03-30T01:30:00Z
        ("dst-start-old-demo", date(1_743_298_200), 3 * 3600 + 17 * 60),
        ("dst-end", date(1_761_439_500), 0),  // 2025-10-26T00:45:00Z
        ("ordinary", date(1_764_324_000), 0),  // 2025-11-28T10:00:00Z (the bench's now)
        ("new-year", date(1_767_225_000), 0),  // 2025-12-31T23:50:00Z
    ]

    private static func date(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }

    struct Outcome {
        var replies = 0
        var writerMismatches: [String] = []
    }

    func write(to path: String) throws -> Outcome {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let file = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
        defer { try? file.close() }
        var outcome = Outcome()
        var buffer = ""
        func record(_ name: String, _ message: String, _ reply: Reply) {
            let document = ReplyDocument(reply, logID: nil)
            let reference = StableJSON.string(document)
            let fast = document.json
            if fast != reference, outcome.writerMismatches.count < 20 {
                outcome.writerMismatches.append("\(name): \(fast) != \(reference)")
            }
            let entry = ExchangeLogEntry(reply: reply, message: message, via: "golden")
            let targets = reply.incidents.map { $0.targets.map(\.description).sorted().joined(separator: ",") }
            let extra = "age=\(reply.statusAge.map { String($0) } ?? "nil") targets=\(targets)"
            buffer += "\(name)\t\(reference)\t\(entry.entitiesJSON)\t\(extra)\n"
            outcome.replies += 1
            if buffer.utf8.count > 1 << 20 {
                file.write(Data(buffer.utf8))
                buffer = ""
            }
        }

        for moment in Self.moments {
            let demo = DemoData(now: moment.now.addingTimeInterval(-moment.demoAge))
            let questions = orderQuestions(demo)
            for (setup, facts) in factSetups(demo) {
                for (index, message) in (corpus + questions).enumerated() {
                    let reply = try assistant.respond(to: message, facts: facts, now: moment.now)
                    record("\(moment.name)/\(setup)/\(index)", message, reply)
                }
            }
        }

        // The corpus as one conversation: each message with what the one before established.
        let ordinary = Self.date(1_764_324_000)
        let demo = DemoData(now: ordinary)
        let facts = InMemoryFacts(orders: demo.orders, channels: demo.channels, status: demo.status)
        var context = ConversationContext()
        for (index, message) in (corpus + orderQuestions(demo)).enumerated() {
            let reply = try assistant.respond(to: message, context: context, facts: facts, now: ordinary)
            record("conversation/\(index)", message, reply)
            context = context.remembering(reply)
        }

        for (index, line) in transcriptLines().enumerated() {
            let demo = DemoData(now: line.at)
            let facts = InMemoryFacts(orders: demo.orders, channels: demo.channels, status: demo.status)
            let reply = try assistant.respond(to: line.text, facts: facts, now: line.at.addingTimeInterval(90))
            record("transcript/\(index)", line.text, reply)
        }

        for rule in base.rules {
            for (index, example) in rule.examples.enumerated() {
                let reply = try assistant.respond(
                    to: example.message, context: example.context, facts: example.facts, now: example.now)
                record("example/\(rule.id)/\(index)", example.message, reply)
            }
        }
        file.write(Data(buffer.utf8))
        return outcome
    }

    /// Questions about every demo order, by its number and by its tracking number.
    private func orderQuestions(_ demo: DemoData) -> [String] {
        var questions: [String] = []
        for order in demo.orders {
            questions.append("where is my order \(order.orderNumber)?")
            questions.append("I dispatched \(order.orderNumber) but \(order.channel.rawValue) still shows it as unshipped")
            questions.append("где мой заказ \(order.orderNumber)?")
            if let tracking = order.trackingNumber { questions.append("status of \(tracking) please") }
            if let email = order.customerEmail { questions.append("my email is \(email), where's my parcel") }
        }
        return questions
    }

    /// Several sets of facts: the whole demo store, the bench's subset, nothing at all, one channel
    /// just connected with a stale status, and a busy status page.
    private func factSetups(_ demo: DemoData) -> [(String, InMemoryFacts)] {
        let ago = { (minutes: Double) in demo.now.addingTimeInterval(-minutes * 60) }
        let ahead = { (minutes: Double) in demo.now.addingTimeInterval(minutes * 60) }
        var busy = demo.status
        busy.components += [
            StatusComponent(id: "evri", name: "Evri", status: .partialOutage, groupName: "Carriers", position: 11),
            StatusComponent(id: "pickup", name: "Pickup points", status: .degradedPerformance, position: 12),
        ]
        busy.components[1].status = .majorOutage
        busy.incidents += [
            Incident(
                id: "login-down", name: "Login \"failures\" \\ slow/blocked", status: .investigating, impact: .critical,
                startedAt: ago(95), componentIDs: ["login"],
                updates: [IncidentUpdate(id: "u1", status: .investigating, body: "Tab\there, line\nbreak, emoji 📦, кириллица, </script>", createdAt: ago(90))]),
            Incident(
                id: "royal-mail-maint", name: "Royal Mail API maintenance", status: .inProgress, impact: .maintenance,
                startedAt: ago(20), isMaintenance: true, scheduledFor: ago(20), scheduledUntil: ahead(100)),
            Incident(
                id: "evri-delays", name: "Evri collections delayed by 2 hours", status: .monitoring, impact: .major,
                startedAt: ago(60 * 30), componentIDs: ["evri", "pickup"]),
            Incident(
                id: "closed", name: "Old incident", status: .resolved, impact: .minor, startedAt: ago(600),
                resolvedAt: ago(300), componentIDs: ["dashboard"]),
            Incident(
                id: "future-maint", name: "Dashboard maintenance", status: .scheduled, impact: .maintenance,
                startedAt: ahead(600), isMaintenance: true, scheduledFor: ahead(600), scheduledUntil: ahead(720)),
        ]
        var stale = demo.status
        stale.fetchedAt = ago(60 * 7)
        let newest = demo.channels.filter { $0.channel == .woocommerce }
        return [
            ("full", InMemoryFacts(orders: demo.orders, channels: demo.channels, status: demo.status)),
            ("bench", InMemoryFacts(orders: Array(demo.orders.prefix(50)), channels: demo.channels, status: demo.status)),
            ("empty", InMemoryFacts()),
            ("one-channel", InMemoryFacts(orders: demo.orders, channels: newest, status: stale)),
            ("busy", InMemoryFacts(orders: demo.orders, channels: demo.channels, status: busy)),
        ]
    }

    /// Customer lines of the transcripts (JSON Lines, CSV and plain text), with their timestamps.
    func transcriptLines() -> [(at: Date, text: String)] {
        var lines: [(Date, String)] = []
        let folder = URL(fileURLWithPath: transcripts)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: transcripts)) ?? []).sorted()
        for name in names {
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix(".jsonl"), let text = try? String(contentsOf: url, encoding: .utf8) {
                for line in text.split(separator: "\n") {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                        object["role"] as? String == "customer", let message = object["text"] as? String,
                        let at = (object["timestamp"] as? String).flatMap(ISO8601.parse)
                    else { continue }
                    lines.append((at, message))
                }
            } else if name.hasSuffix(".csv"), let reader = try? CSVReader(path: url.path),
                let first = try? reader.next()
            {
                let header = CSVHeader(first)
                while let record = try? reader.next() {
                    guard header.value("role", in: record) == "customer", let message = header.value("text", in: record),
                        let at = header.value("timestamp", in: record).flatMap(ISO8601.parse)
                    else { continue }
                    lines.append((at, message))
                }
            } else if name.hasSuffix(".txt"), let text = try? String(contentsOf: url, encoding: .utf8) {
                // `[2025-03-04 10:12] Customer: …`
                for line in text.split(separator: "\n") {
                    guard line.hasPrefix("["), let close = line.firstIndex(of: "]"),
                        let at = ISO8601.parse(line[line.index(after: line.startIndex)..<close])
                    else { continue }
                    let rest = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
                    guard rest.hasPrefix("Customer:") else { continue }
                    lines.append((at, String(rest.dropFirst("Customer:".count)).trimmingCharacters(in: .whitespaces)))
                }
            }
        }
        return lines
    }
}
