/// Precision, recall and F1 of one intent.
public struct IntentMetrics: Codable, Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Rows labelled with this intent.
    public var support: Int
}

/// How often one intent was mistaken for another.
public struct Confusion: Codable, Sendable, Equatable {
    public var expected: String
    public var predicted: String
    public var count: Int
    /// A few of the messages, for reading.
    public var examples: [String]
}

/// Order-number extraction measured against rows that tag an `order_id`.
public struct EntityMetrics: Codable, Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    /// Rows tagged with an order number.
    public var tagged_rows: Int
    /// Order numbers extracted over all rows.
    public var extracted: Int
}

/// The result of `helpdesk eval`. Key names are part of the interface.
public struct EvaluationReport: Codable, Sendable {
    public var rows: Int
    public var accuracy: Double
    /// Mean F1 over every intent that is expected or predicted.
    public var macro_f1: Double
    public var per_intent: [String: IntentMetrics]
    /// The most frequent confusions, most frequent first.
    public var confusions: [Confusion]
    /// Share of out-of-scope messages given an in-scope intent.
    public var out_of_scope_false_accept_rate: Double
    public var messages_per_second: Double
    public var entities: EntityMetrics?
    /// Rows skipped because their label is not a Helpdesk intent, with the labels seen.
    public var skipped_rows: Int
    public var unknown_labels: [String]
}
