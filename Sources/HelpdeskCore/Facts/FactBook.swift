import Foundation

/// A fact's value: a duration or a plain number.
public enum FactValue: Sendable, Equatable, CustomStringConvertible {
    case duration(TimeInterval)
    case number(Double)

    public var seconds: TimeInterval? {
        if case .duration(let seconds) = self { return seconds }
        return nil
    }

    public var number: Double? {
        switch self {
        case .number(let value): value
        case .duration: nil
        }
    }

    public var description: String {
        switch self {
        case .duration(let seconds): DurationText.compact(seconds)
        case .number(let value): value == value.rounded() ? String(Int(value)) : String(value)
        }
    }
}

/// One fact of the knowledge base.
public struct Fact: Sendable, Equatable {
    public var id: String
    public var value: FactValue
    /// The guide it comes from.
    public var guide: String
    /// What it is about, per language.
    public var about: [Language: String]
}

/// The facts by id.
public struct FactBook: Sendable {
    public private(set) var facts: [String: Fact]
    /// Ids in file order.
    public private(set) var order: [String]

    /// Every reference that resolves to something, with what it resolves to per channel.
    private var resolutions: [String: Resolution]

    public init(_ facts: [Fact]) {
        self.facts = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.order = facts.map(\.id)
        self.resolutions = Self.resolutions(of: self.facts)
    }

    public subscript(id: String) -> Fact? { facts[id] }

    /// Resolves a reference such as `first_sync` for a channel: `first_sync.amazon` if it exists,
    /// else `first_sync` itself.
    public func resolve(_ reference: String, channel: Channel?) -> Fact? {
        guard let resolution = resolutions[reference] else { return nil }
        guard let channel, let index = Channel.allCases.firstIndex(of: channel) else { return resolution.general }
        return resolution.byChannel[index] ?? resolution.general
    }

    /// What a reference resolves to: the fact of that id, and the fact of each channel (in the
    /// order of `Channel.allCases`) that has its own.
    private struct Resolution: Sendable {
        var general: Fact?
        var byChannel: [Fact?] = Array(repeating: nil, count: Channel.allCases.count)
    }

    /// `resolve` worked out ahead for every fact id and every family with per-channel facts
    /// (`first_sync` for `first_sync.amazon`), so that resolving builds no text.
    private static func resolutions(of facts: [String: Fact]) -> [String: Resolution] {
        var result: [String: Resolution] = [:]
        for (id, fact) in facts { result[id, default: Resolution()].general = fact }
        for (id, fact) in facts {
            for (index, channel) in Channel.allCases.enumerated() where id.hasSuffix(".\(channel.rawValue)") {
                let family = String(id.dropLast(channel.rawValue.count + 1))
                result[family, default: Resolution(general: facts[family])].byChannel[index] = fact
            }
        }
        return result
    }

    /// Whether `reference` names a fact directly or a per-channel family of facts.
    public func knows(_ reference: String) -> Bool {
        facts[reference] != nil || Channel.allCases.contains { facts["\(reference).\($0.rawValue)"] != nil }
    }
}

/// Parses durations written as `30m`, `1h`, `2h30m`, `1.5h`, `90s` or `2d`.
public enum DurationParser {
    public static func seconds(_ text: String) -> TimeInterval? {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { return nil }
        var total: TimeInterval = 0
        var number = ""
        var sawUnit = false
        for character in text {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            switch character {
            case "d": total += value * 86_400
            case "h": total += value * 3_600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            number = ""
            sawUnit = true
        }
        guard number.isEmpty, sawUnit else { return nil }
        return total
    }
}
