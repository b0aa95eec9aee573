import Foundation

/// The facts answer variables quote, resolved for one channel (or none) when the renderer is
/// built, each with its citation, so that an answer looks nothing up by name.
struct QuotedFacts: Sendable {
    /// A resolved fact and how an answer cites it.
    struct Quote: Sendable {
        let fact: Fact
        let citation: CitedFact
    }

    /// By family, in the order of `QuotedFactFamily.allCases`.
    private let quotes: [Quote?]

    init(_ facts: FactBook, channel: Channel?, citations: [String: CitedFact]) {
        quotes = QuotedFactFamily.allCases.map { family in
            facts.resolve(family.rawValue, channel: channel).map { fact in
                Quote(fact: fact, citation: citations[fact.id] ?? CitedFact(id: fact.id, value: fact.value.description))
            }
        }
    }

    /// The fact of `family`, if the knowledge base has one.
    func quote(_ family: QuotedFactFamily) -> Quote? {
        QuotedFactFamily.allCases.firstIndex(of: family).flatMap { quotes[$0] }
    }

    /// The duration the fact of `family` states, if any.
    func seconds(_ family: QuotedFactFamily) -> TimeInterval? {
        quote(family)?.fact.value.seconds
    }
}
