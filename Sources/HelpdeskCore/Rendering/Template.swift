/// Text with `{variable}` slots, parsed once when the knowledge base loads. `Variable` is the
/// closed set of names the text may use (answers and announcements have their own).
public struct SlotTemplate<Variable>: Sendable, Equatable
where Variable: RawRepresentable & Sendable & Equatable, Variable.RawValue == String {
    public enum Segment: Sendable, Equatable {
        case text(String)
        case variable(Variable)
    }

    public var segments: [Segment]

    public init(segments: [Segment]) { self.segments = segments }

    /// Parses `text`; unknown variable names are returned in `unknown`.
    static func parse(_ text: String) -> (template: SlotTemplate, unknown: [String]) {
        var segments: [Segment] = []
        var unknown: [String] = []
        var literal = ""
        var name: String?
        for character in text {
            if var current = name {
                if character == "}" {
                    if let variable = Variable(rawValue: current) {
                        if !literal.isEmpty { segments.append(.text(literal)) }
                        literal = ""
                        segments.append(.variable(variable))
                    } else {
                        unknown.append(current)
                    }
                    name = nil
                } else {
                    current.append(character)
                    name = current
                }
            } else if character == "{" {
                name = ""
            } else {
                literal.append(character)
            }
        }
        if let name { literal += "{" + name }
        if !literal.isEmpty { segments.append(.text(literal)) }
        return (SlotTemplate(segments: segments), unknown)
    }

    /// The length of its literal text in UTF-8 bytes.
    var literalByteCount: Int {
        var count = 0
        for case .text(let literal) in segments { count += literal.utf8.count }
        return count
    }

    /// The variables it uses.
    public var variables: [Variable] {
        segments.compactMap { if case .variable(let variable) = $0 { variable } else { nil } }
    }
}

/// An answer template.
public typealias Template = SlotTemplate<TemplateVariable>

/// Everything an answer template can say. Each is computed from the situation when used.
public enum TemplateVariable: String, CaseIterable, Sendable {
    case channel, store
    case connectedAt = "connected_at", connectedAgo = "connected_ago"
    case firstSync = "first_sync", firstSyncDue = "first_sync_due"
    case connectionTestWait = "connection_test_wait"
    case importInterval = "import_interval", lastImportAt = "last_import_at", lastImportAgo = "last_import_ago"
    case nextImportAt = "next_import_at"
    case exportInterval = "export_interval", exportAllowance = "export_allowance", exportDue = "export_due"
    case nextExportAt = "next_export_at"
    case channelError = "channel_error"
    case orderNumber = "order_number", orderState = "order_state", orderChannel = "order_channel"
    case carrier, trackingNumber = "tracking_number"
    case placedAt = "placed_at", dispatchedAt = "dispatched_at", dispatchedAgo = "dispatched_ago"
    case addressChangedAt = "address_changed_at"
    case mentionedNumbers = "mentioned_numbers", candidates
    /// What an order was not found by, as a phrase: "with the number …" or, when the customer
    /// gave only e-mail addresses, "for the e-mail address …" (words `not_found.number` and
    /// `not_found.email`); and what to check again (`check.number`, `check.email`).
    case notFoundMention = "not_found_mention", mentionToCheck = "mention_to_check"
    case incidentName = "incident_name", incidentSince = "incident_since", incidentUpdate = "incident_update"
    case incidentComponents = "incident_components", maintenanceName = "maintenance_name"
    case maintenanceUntil = "maintenance_until", exportedAt = "exported_at"
    case statusAge = "status_age", statusAsOf = "status_as_of"
    case incidentDelay = "incident_delay", delayedImportAt = "delayed_import_at", delayedExportDue = "delayed_export_due"
    case intent, message

    /// The fact family this variable quotes, if any (cited with the answer).
    public var fact: String? { factFamily?.rawValue }

    /// The fact family this variable quotes, if any.
    var factFamily: QuotedFactFamily? {
        switch self {
        case .firstSync, .firstSyncDue: .firstSync
        case .connectionTestWait: .connectionTestWait
        case .importInterval, .nextImportAt, .delayedImportAt: .importInterval
        case .exportInterval, .nextExportAt: .exportInterval
        case .exportAllowance, .exportDue, .delayedExportDue: .exportAllowance
        default: nil
        }
    }
}

/// The fact families answer variables quote (`first_sync` resolves to `first_sync.amazon` on Amazon).
enum QuotedFactFamily: String, CaseIterable, Sendable {
    case firstSync = "first_sync"
    case connectionTestWait = "connection_test_wait"
    case importInterval = "import_interval"
    case exportInterval = "export_interval"
    case exportAllowance = "export_allowance"
}
