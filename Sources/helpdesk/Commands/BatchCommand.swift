import ArgumentParser
import Foundation
import HelpdeskBatch
import HelpdeskCore
import HelpdeskStore

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer every customer message of chat and call transcripts as it would have been answered then.",
        discussion: """
            Reads JSON Lines (.jsonl), plain-text (.txt: "[2025-03-04 10:12] Customer: …") and CSV (.csv) \
            transcripts, files or folders. Each customer message is answered with the clock at its own \
            timestamp and its conversation's context, and logged with a stable key (file, conversation, \
            index): running the same batch again, or after it was killed, logs nothing twice. Agent and \
            system lines are logged without an answer. Bad input is reported with file and line and \
            skipped; the exit status is 1 when there was any. With --compare, answers come from both \
            knowledge bases, nothing is logged, and the messages answered differently are written.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Transcript files or folders.")
    var paths: [String]

    @Option(help: "Write one record per customer message to this file (default: standard output).")
    var out: String?

    @Option(help: "Record format: jsonl or csv (default: from --out's extension, else jsonl).")
    var format: BatchOutputFormat?

    @Option(help: "Another knowledge-base folder: report the messages it answers differently.")
    var compare: String?

    @Option(help: "Summary format: text or json (on standard error when records go to standard output).")
    var summary: OutputFormat = .text

    @Option(help: "Lines answered together and committed to the log in one transaction.")
    var chunk: Int = BatchRunner.Configuration().chunkLines

    @Flag(help: "Do not write records (only log and summarise).")
    var quiet = false

    func validate() throws {
        if chunk < 1 { throw ValidationError("--chunk must be at least 1") }
        if let out, format == nil, BatchOutputFormat(fileName: out) == nil {
            throw ValidationError("--out '\(out)': use a .jsonl or .csv name, or give --format")
        }
    }

    func run() throws {
        let context = AppContext(options: global)
        let knowledgeBase = try context.knowledgeBase()
        let database = try context.database()
        let outputFormat = format ?? out.flatMap(BatchOutputFormat.init(fileName:)) ?? .jsonl
        let output: OutputFile?
        do {
            output = quiet ? nil : try out.map(OutputFile.init(path:)) ?? .standardOutput()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let timestamps = TranscriptTimestamp(localZone: knowledgeBase.settings.timeZone)
        let configuration = BatchRunner.Configuration(chunkLines: chunk)
        let assistant = Assistant(knowledgeBase: knowledgeBase)
        let runner: BatchRunner
        if let compare {
            let other = try AppContext(options: global.with(knowledgeBase: compare)).assistant()
            runner = try BatchRunner(
                comparing: assistant, with: other, database: database, timestamps: timestamps, output: output,
                format: outputFormat, configuration: configuration)
        } else {
            runner = try BatchRunner(
                assistant: assistant, database: database, timestamps: timestamps, output: output, format: outputFormat,
                configuration: configuration)
        }
        let stop = StopSignal()
        let progress = BatchProgressBar.forStandardError()
        runner.onProblem = { problem in
            progress?.clear()
            Console.error("error: \(problem)")
        }
        runner.onProgress = { progress?.show($0) }
        runner.shouldStop = { stop.isRequested }
        let (files, pathProblems) = TranscriptFiles.expand(paths)
        let result = try runner.run(files, pathProblems: pathProblems)
        progress?.clear()
        let summaryText = BatchSummaryText.render(result, format: summary, comparing: compare != nil)
        if out != nil || quiet { Console.print(summaryText) } else { Console.error(summaryText) }
        if result.interrupted { throw ExitCode(130) }
        if result.errors > 0 { throw ExitCode(1) }
    }
}

extension BatchOutputFormat: ExpressibleByArgument {}

extension GlobalOptions {
    /// The same options with another knowledge-base folder.
    func with(knowledgeBase folder: String) -> GlobalOptions {
        var options = self
        options.kb = folder
        return options
    }
}
