import ArgumentParser
import Foundation
import HelpdeskCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Measure understanding on a labelled CSV: accuracy, macro-F1, per-intent figures, confusions, speed.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "CSV file with a text column and a label column (a plain `text,intent` file works too).") var file: String
    @Option(help: "Column holding the message.") var textColumn: String = "text"
    @Option(help: "Column holding the expected intent (falls back to `intent`).") var labelColumn: String = "helpdesk_intent"
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Option(help: "Repeat the run this many times for a steadier speed figure.") var runs: Int = 1

    func run() throws {
        let assistant = try AppContext(options: global).assistant()
        let rows: [EvaluationRow]
        do {
            rows = try EvaluationFile.read(path: file, textColumn: textColumn, labelColumn: labelColumn)
        } catch {
            Console.error("\(file): \(error)")
            throw ExitCode(2)
        }
        let evaluator = Evaluator(understander: assistant.understander)
        var report = evaluator.evaluate(rows)
        if runs > 1 {
            let speeds = (1..<runs).map { _ in evaluator.evaluate(rows).messages_per_second }
            report.messages_per_second = ([report.messages_per_second] + speeds).max() ?? report.messages_per_second
        }
        switch format {
        case .json: Console.print(StableJSON.string(report, pretty: true))
        case .text: Console.print(EvaluationText.render(report))
        }
    }
}

/// Reads labelled rows from a CSV file, mapping columns by name.
enum EvaluationFile {
    struct MissingColumn: Error, CustomStringConvertible {
        var column: String
        var header: [String]
        var description: String { "no column `\(column)` (the header has: \(header.joined(separator: ", ")))" }
    }

    static func read(path: String, textColumn: String, labelColumn: String) throws -> [EvaluationRow] {
        let reader = try CSVReader(path: path)
        guard let headerRecord = try reader.next() else { return [] }
        let header = CSVHeader(headerRecord)
        guard let textIndex = header.index(of: textColumn) else { throw MissingColumn(column: textColumn, header: header.names) }
        guard let labelIndex = header.index(of: labelColumn) ?? header.index(of: "intent") else {
            throw MissingColumn(column: labelColumn, header: header.names)
        }
        let typeIndex = header.index(of: "entity_type")
        let valueIndex = header.index(of: "entity_value")
        var rows: [EvaluationRow] = []
        while let record = try reader.next() {
            guard let text = record[textIndex], let label = record[labelIndex] else { continue }
            var orderNumber: String?
            if let typeIndex, let valueIndex, record[typeIndex] == "order_id" { orderNumber = record[valueIndex] }
            rows.append(EvaluationRow(text: text, label: label.trimmingCharacters(in: .whitespaces), orderNumber: orderNumber))
        }
        return rows
    }
}

/// The evaluation report as readable text.
enum EvaluationText {
    static func render(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        lines.append("rows: \(report.rows)" + (report.skipped_rows > 0 ? " (skipped \(report.skipped_rows) with labels \(report.unknown_labels.joined(separator: ", ")))" : ""))
        lines.append(String(format: "accuracy: %.4f", report.accuracy))
        lines.append(String(format: "macro-F1: %.4f", report.macro_f1))
        lines.append(String(format: "out-of-scope false accepts: %.4f", report.out_of_scope_false_accept_rate))
        if let entities = report.entities {
            lines.append(String(format: "order numbers: precision %.4f, recall %.4f (%d tagged rows, %d extracted)", entities.precision, entities.recall, entities.tagged_rows, entities.extracted))
        }
        lines.append(String(format: "speed: %.0f messages/s", report.messages_per_second))
        lines.append("")
        lines.append("intent                 precision  recall     f1  support")
        for (intent, metrics) in report.per_intent.sorted(by: { $0.key < $1.key }) {
            lines.append(String(format: "%-22@ %9.3f %7.3f %6.3f %8d", intent as NSString, metrics.precision, metrics.recall, metrics.f1, metrics.support))
        }
        if !report.confusions.isEmpty {
            lines.append("")
            lines.append("most frequent confusions (expected → predicted):")
            for confusion in report.confusions {
                lines.append("  \(confusion.count)× \(confusion.expected) → \(confusion.predicted): \(confusion.examples.map { "\"\($0)\"" }.joined(separator: "; "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
