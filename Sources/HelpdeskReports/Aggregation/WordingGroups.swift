import Foundation

/// Unanswered messages grouped by similar wording: first by the same content stems
/// (``WordingSignature``), then the largest groups merged when their stems mostly agree.
///
/// Messages and signatures are keyed by a 64-bit hash of their UTF-8 bytes rather than by
/// `String` (whose hashing normalises Unicode, slow for Cyrillic): a message seen before costs
/// one hash, and only a new one is split into words.
struct WordingGroups {
    /// Distinct wordings remembered per group (more are counted, not kept).
    static let keptWordings = 8
    /// How many of the largest groups are considered for merging.
    static let mergedGroups = 1_000
    /// Two groups merge when their stems overlap at least this much (shared ÷ all).
    static let similarity = 0.5
    /// Wordings shown besides the main one.
    static let examples = 3

    private struct Wording {
        var text: String
        var hash: UInt64
        var count: Int
    }

    private struct Group {
        var stems: [String]
        var count = 0
        var lastAt: Int64 = .min
        /// Distinct wordings with their counts, in the order first met.
        var wordings: [Wording] = []

        mutating func add(_ wording: Wording) {
            count += wording.count
            if let index = wordings.firstIndex(where: { $0.hash == wording.hash }) {
                wordings[index].count += wording.count
            } else if wordings.count < WordingGroups.keptWordings {
                wordings.append(wording)
            }
        }
    }

    private var groups: [Group] = []
    private var groupBySignature: [UInt64: Int] = [:]
    private var groupByMessage: [UInt64: Int] = [:]

    /// Counts `message`, answered at `milliseconds` since 1970.
    mutating func add(_ message: String, at milliseconds: Int64) {
        let messageHash = Self.hash(message)
        let index: Int
        if let known = groupByMessage[messageHash] {
            index = known
        } else {
            let stems = WordingSignature.stems(of: message)
            let signature = stems.isEmpty ? "=" + message.lowercased() : stems.joined(separator: " ")
            let signatureHash = Self.hash(signature)
            if let known = groupBySignature[signatureHash] {
                index = known
            } else {
                index = groups.count
                groups.append(Group(stems: stems))
                groupBySignature[signatureHash] = index
            }
            groupByMessage[messageHash] = index
        }
        groups[index].add(Wording(text: message, hash: messageHash, count: 1))
        groups[index].lastAt = max(groups[index].lastAt, milliseconds)
    }

    /// The `limit` largest groups after merging, largest first (ties: earliest wording first).
    func top(_ limit: Int) -> [UnansweredQuestion] {
        guard limit > 0 else { return [] }
        let largest = groups.indices.sorted {
            groups[$0].count != groups[$1].count ? groups[$0].count > groups[$1].count : $0 < $1
        }
        .prefix(Self.mergedGroups)
        var merged: [Group] = []
        for index in largest {
            let group = groups[index]
            if let target = merged.firstIndex(where: { Self.alike($0.stems, group.stems) }) {
                let kept = group.wordings.reduce(0) { $0 + $1.count }
                for wording in group.wordings { merged[target].add(wording) }
                merged[target].count += group.count - kept
                merged[target].lastAt = max(merged[target].lastAt, group.lastAt)
            } else {
                merged.append(group)
            }
        }
        let ranked = merged.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }
        return ranked.prefix(limit).map { entry in
            let wordings = entry.element.wordings.enumerated()
                .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
                .map { WordingSignature.display($0.element.text) }
            return UnansweredQuestion(
                text: wordings.first ?? "", count: entry.element.count,
                examples: Array(wordings.dropFirst().prefix(Self.examples)),
                lastAt: ISOText.milliseconds(entry.element.lastAt))
        }
    }

    /// Whether two stem lists are alike enough to be one question.
    static func alike(_ first: [String], _ second: [String]) -> Bool {
        if first.isEmpty || second.isEmpty { return false }
        let one = Set(first)
        let other = Set(second)
        let shared = one.intersection(other).count
        return Double(shared) / Double(one.union(other).count) >= similarity
    }

    /// FNV-1a over the text's UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
