/// One labelled message.
public struct EvaluationRow: Sendable {
    public var text: String
    public var label: String
    /// The tagged order number, when the row tags one.
    public var orderNumber: String?

    public init(text: String, label: String, orderNumber: String? = nil) {
        self.text = text
        self.label = label
        self.orderNumber = orderNumber
    }
}

/// Measures understanding on labelled messages.
public struct Evaluator: Sendable {
    public let understander: Understander

    public init(understander: Understander) { self.understander = understander }

    /// Runs understanding on every row and computes the figures.
    public func evaluate(_ rows: [EvaluationRow], confusionsShown: Int = 10) -> EvaluationReport {
        var unknownLabels: Set<String> = []
        var usable: [(row: EvaluationRow, expected: Intent)] = []
        for row in rows {
            if let intent = Intent(rawValue: row.label) { usable.append((row, intent)) } else { unknownLabels.insert(row.label) }
        }
        let clock = ContinuousClock()
        var predictions: [Understanding] = []
        predictions.reserveCapacity(usable.count)
        let elapsed = clock.measure {
            for item in usable { predictions.append(understander.understand(item.row.text)) }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report(usable, predictions, seconds: seconds, skipped: rows.count - usable.count, unknown: unknownLabels, confusionsShown: confusionsShown)
    }

    private func report(
        _ usable: [(row: EvaluationRow, expected: Intent)], _ predictions: [Understanding], seconds: Double, skipped: Int,
        unknown: Set<String>, confusionsShown: Int
    ) -> EvaluationReport {
        var truePositive: [Intent: Int] = [:]
        var predicted: [Intent: Int] = [:]
        var actual: [Intent: Int] = [:]
        var confusions: [String: Confusion] = [:]
        var correct = 0
        var outOfScope = 0
        var falseAccepts = 0
        var entityTagged = 0
        var entityFound = 0
        var extracted = 0
        var extractedCorrect = 0
        for (item, understanding) in zip(usable, predictions) {
            let expected = item.expected
            let got = understanding.intent
            actual[expected, default: 0] += 1
            predicted[got, default: 0] += 1
            if expected == got {
                correct += 1
                truePositive[got, default: 0] += 1
            } else {
                let key = "\(expected.rawValue)→\(got.rawValue)"
                var confusion = confusions[key] ?? Confusion(expected: expected.rawValue, predicted: got.rawValue, count: 0, examples: [])
                confusion.count += 1
                if confusion.examples.count < 3 { confusion.examples.append(item.row.text) }
                confusions[key] = confusion
            }
            if expected == .outOfScope {
                outOfScope += 1
                if got != .outOfScope { falseAccepts += 1 }
            }
            let keys = understanding.entities.orderNumbers.map(\.key)
            extracted += keys.count
            if let tagged = item.row.orderNumber.map(OrderNumberKey.make), !tagged.isEmpty {
                entityTagged += 1
                if keys.contains(tagged) { entityFound += 1 }
                extractedCorrect += keys.filter { $0 == tagged }.count
            }
        }
        var perIntent: [String: IntentMetrics] = [:]
        for intent in Set(actual.keys).union(predicted.keys) {
            let tp = Double(truePositive[intent] ?? 0)
            let precision = predicted[intent].map { tp / Double($0) } ?? 0
            let recall = actual[intent].map { tp / Double($0) } ?? 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perIntent[intent.rawValue] = IntentMetrics(precision: precision, recall: recall, f1: f1, support: actual[intent] ?? 0)
        }
        let macro = perIntent.isEmpty ? 0 : perIntent.values.map(\.f1).reduce(0, +) / Double(perIntent.count)
        let entities = entityTagged == 0 ? nil : EntityMetrics(
            precision: extracted == 0 ? 0 : Double(extractedCorrect) / Double(extracted),
            recall: Double(entityFound) / Double(entityTagged), tagged_rows: entityTagged, extracted: extracted)
        return EvaluationReport(
            rows: usable.count, accuracy: usable.isEmpty ? 0 : Double(correct) / Double(usable.count), macro_f1: macro,
            per_intent: perIntent,
            confusions: Array(confusions.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.expected < $1.expected }.prefix(confusionsShown)),
            out_of_scope_false_accept_rate: outOfScope == 0 ? 0 : Double(falseAccepts) / Double(outOfScope),
            messages_per_second: seconds > 0 ? Double(usable.count) / seconds : 0, entities: entities,
            skipped_rows: skipped, unknown_labels: unknown.sorted())
    }
}
