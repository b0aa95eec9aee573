import Foundation
import HelpdeskCore
import HelpdeskStore

/// Runs transcripts through the assistant: every customer message is answered with the clock at
/// its own timestamp and with its conversation's context, and logged with a stable key (source,
/// line, conversation, index; see ``TranscriptSourceKey``) together with the agent's and system's
/// lines. Lines go in chunks of `chunkLines`: answered from one read snapshot, then logged in one
/// write transaction. A repeated run, or one resumed after being killed, records nothing twice.
public final class BatchRunner {
    /// How the run goes.
    public struct Configuration: Sendable {
        /// Lines answered from one snapshot and logged in one transaction.
        public var chunkLines = 5000
        /// How messages came in when the transcript does not say.
        public var defaultVia = "batch"
        /// Whether answers are recorded in the log.
        public var logs = true

        public init(chunkLines: Int = 5000, defaultVia: String = "batch", logs: Bool = true) {
            self.chunkLines = max(chunkLines, 1)
            self.defaultVia = defaultVia
            self.logs = logs
        }
    }

    /// Where the run stands, for a progress display.
    public struct Progress: Sendable {
        public var bytesRead: Int
        public var totalBytes: Int
        public var messages: Int
        public var errors: Int
        public var seconds: Double
    }

    private let assistant: Assistant
    private let comparison: Assistant?
    private let database: AppDatabase
    private let timestamps: TranscriptTimestamp
    private let configuration: Configuration
    private let output: BatchRecordWriter?
    private let differences: BatchDifferenceWriter?
    private let channels: [ChannelState]
    private let status: StatusAsOfTime
    private let orderCache = OrderLookupCache()

    /// Called with each problem as it is met.
    public var onProblem: (TranscriptProblem) -> Void = { _ in }
    /// Called after each transaction.
    public var onProgress: (Progress) -> Void = { _ in }
    /// Asked after each transaction; the run ends early when it says so.
    public var shouldStop: () -> Bool = { false }

    private var summary = BatchSummary()
    private var pending: [TranscriptLine] = []
    private let closesAfter: TimeInterval
    private var tracker: ConversationTracker
    private var comparedTracker: ConversationTracker
    private var sourceName = ""
    private var keyStyle = TranscriptSourceKey.Style.lineOrdered
    private var bytesDone = 0
    private var totalBytes = 0
    private let started = ContinuousClock.now

    /// A runner answering with `assistant` from `database`, writing records to `output` (JSON
    /// Lines or CSV) when given.
    public convenience init(
        assistant: Assistant, database: AppDatabase, timestamps: TranscriptTimestamp, output: OutputFile?,
        format: BatchOutputFormat = .jsonl, configuration: Configuration = Configuration()
    ) throws {
        try self.init(
            assistant: assistant, comparison: nil, database: database, timestamps: timestamps,
            output: output.map { BatchRecordWriter(file: $0, format: format) }, differences: nil,
            configuration: configuration)
    }

    /// A runner answering with both `assistant` and `other`, logging nothing and writing the
    /// messages whose answers differ to `output`.
    public convenience init(
        comparing assistant: Assistant, with other: Assistant, database: AppDatabase, timestamps: TranscriptTimestamp,
        output: OutputFile?, format: BatchOutputFormat = .jsonl, configuration: Configuration = Configuration()
    ) throws {
        var configuration = configuration
        configuration.logs = false
        try self.init(
            assistant: assistant, comparison: other, database: database, timestamps: timestamps, output: nil,
            differences: output.map { BatchDifferenceWriter(file: $0, format: format) }, configuration: configuration)
    }

    private init(
        assistant: Assistant, comparison: Assistant?, database: AppDatabase, timestamps: TranscriptTimestamp,
        output: BatchRecordWriter?, differences: BatchDifferenceWriter?, configuration: Configuration
    ) throws {
        self.assistant = assistant
        self.comparison = comparison
        self.database = database
        self.timestamps = timestamps
        self.output = output
        self.differences = differences
        self.configuration = configuration
        closesAfter = assistant.knowledgeBase.settings.conversationClosesAfter
        tracker = ConversationTracker(closesAfter: closesAfter)
        comparedTracker = ConversationTracker(closesAfter: closesAfter)
        self.channels = try database.channels()
        self.status = StatusAsOfTime(try database.statusTimeline())
    }

    /// Reads every file in turn and returns what was done. Problems with the input are counted
    /// and reported through ``onProblem``; a database or output failure ends the run by throwing,
    /// after which everything committed so far stays logged.
    public func run(_ files: [TranscriptFiles.Entry], pathProblems: [TranscriptProblem] = []) throws -> BatchSummary {
        for problem in pathProblems { report(problem) }
        totalBytes = files.reduce(0) { $0 + Self.size(of: $1.path) }
        for file in files {
            if summary.interrupted { break }
            try run(file)
            summary.files += 1
        }
        try output?.finish()
        try differences?.finish()
        summary.seconds = Self.seconds(since: started)
        return summary
    }

    private func run(_ file: TranscriptFiles.Entry) throws {
        let reader = file.format.reader(path: file.path, timestamps: timestamps)
        tracker = ConversationTracker(closesAfter: closesAfter)
        comparedTracker = ConversationTracker(closesAfter: closesAfter)
        sourceName = Self.sourceName(file.path)
        keyStyle = try database.sourceKeyStyle(for: sourceName)
        while let item = reader.next() {
            switch item {
            case .line(let line):
                pending.append(line)
                if pending.count >= configuration.chunkLines {
                    try commitPending(bytesRead: reader.bytesRead)
                    if summary.interrupted { return }
                }
            case .problem(let problem): report(problem)
            }
        }
        try commitPending(bytesRead: nil)
        bytesDone += Self.size(of: file.path)
        onProgress(progress(bytesRead: 0))
    }

    private func report(_ problem: TranscriptProblem) {
        summary.count(problem)
        onProblem(problem)
    }

    /// The answered messages of the chunk being run, waiting to be logged (reused chunk after
    /// chunk).
    private var exchanges = PackedExchanges()

    /// Answers the pending lines from one snapshot of the store, writing their records as they
    /// are answered, then logs them in one write transaction. (A record written for a line whose
    /// transaction never commits is harmless: records are written again in full by the next run.)
    private func commitPending(bytesRead: Int?) throws {
        guard !pending.isEmpty else { return }
        let otherLines = try database.inReadSnapshot { snapshot in try answerPending(from: snapshot) }
        pending.removeAll(keepingCapacity: true)
        if configuration.logs {
            let (new, old) = try database.inLogTransaction { transaction in
                try log(exchanges, otherLines, in: transaction)
            }
            summary.newlyLogged += new
            summary.alreadyLogged += old
        }
        exchanges.removeAll()
        onProgress(progress(bytesRead: bytesRead ?? 0))
        if shouldStop() { summary.interrupted = true }
    }

    /// Answers every pending customer line with its conversation's context and the facts as they
    /// stood at its time, writes its record, packs it for the log, and keys every line; returns
    /// the agent's and system's lines to log.
    private func answerPending(from snapshot: ReadSnapshot) throws -> [TranscriptLineEntry] {
        var otherLines: [TranscriptLineEntry] = []
        for line in pending {
            let position = tracker.position(of: line)
            let (index, context) = (position.index, position.context)
            guard line.role == .customer else {
                _ = comparedTracker.position(of: line)
                summary.otherLines += 1
                guard configuration.logs else { continue }
                otherLines.append(
                    TranscriptLineEntry(
                        sourceKey: sourceKey(of: line, at: position), conversationID: line.conversationID, at: line.timestamp,
                        role: line.role.rawValue,
                        via: line.via ?? configuration.defaultVia, text: line.text))
                continue
            }
            let status = status.status(at: line.timestamp)
            let facts = FactsAsOf(
                CachedOrderFacts(base: snapshot.facts(channels: channels, status: status), cache: orderCache),
                at: line.timestamp)
            let reply = try assistant.respond(to: line.text, context: context, facts: facts, now: line.timestamp)
            tracker.remember(context.remembering(reply), at: position)
            let record = BatchRecord(reply, to: line, messageIndex: index)
            if let comparison {
                let otherPosition = comparedTracker.position(of: line)
                let otherReply = try comparison.respond(
                    to: line.text, context: otherPosition.context, facts: facts, now: line.timestamp)
                comparedTracker.remember(otherPosition.context.remembering(otherReply), at: otherPosition)
                let difference = BatchDifference(before: record, after: BatchRecord(otherReply, to: line, messageIndex: index))
                if !difference.changedFields.isEmpty { try write(difference) }
            }
            if configuration.logs {
                exchanges.append(
                    reply: reply, message: line.text, via: line.via ?? configuration.defaultVia,
                    conversationID: line.conversationID, sourceKey: sourceKey(of: line, at: position))
            }
            try write(record)
        }
        return otherLines
    }

    /// The log key of `line`, which stands at `position` in its conversation.
    private func sourceKey(of line: TranscriptLine, at position: ConversationTracker.Position) -> String {
        TranscriptSourceKey.make(
            keyStyle, source: sourceName, line: line.line, conversationID: line.conversationID,
            firstLine: position.firstLine, index: position.index)
    }

    private func write(_ record: BatchRecord) throws {
        summary.messages += 1
        summary.byIntent[record.intent, default: 0] += 1
        if record.handoff { summary.handoffs += 1 }
        try output?.write(record)
    }

    private func write(_ difference: BatchDifference) throws {
        summary.changed += 1
        for field in difference.changedFields { summary.changedFields[field, default: 0] += 1 }
        try differences?.write(difference)
    }

    /// Logs a chunk's exchanges and other lines; how many were new and how many already there.
    private func log(
        _ exchanges: PackedExchanges, _ otherLines: [TranscriptLineEntry], in transaction: LogTransaction
    ) throws -> (new: Int, old: Int) {
        let answered = try transaction.record(exchanges)
        let other = try transaction.record(otherLines)
        return (answered.new + other.new, answered.old + other.old)
    }

    private func progress(bytesRead: Int) -> Progress {
        Progress(
            bytesRead: bytesDone + bytesRead, totalBytes: totalBytes, messages: summary.messages, errors: summary.errors,
            seconds: Self.seconds(since: started))
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The name a file's messages are keyed by: its absolute path, so that a run started from
    /// another folder, or naming the folder rather than the file, keys the same messages alike.
    static func sourceName(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
