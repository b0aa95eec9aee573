import Foundation

/// The facts answer variables quote, resolved for one channel (or none) when the renderer is
/// built, each with its citation, so that an answer looks nothing up by name. A class, so that
/// taking the channel's quotes for an answer copies no text.
final class QuotedFacts: Sendable {
    /// What an answer needs of a resolved fact: the duration it states and how it is cited.
    struct Quote: Sendable {
        let seconds: TimeInterval?
        let citation: CitedFact
    }

    private let firstSync: Quote?
    private let connectionTestWait: Quote?
    private let importInterval: Quote?
    private let exportInterval: Quote?
    private let exportAllowance: Quote?

    init(_ facts: FactBook, channel: Channel?, citations: [String: CitedFact]) {
        func quote(_ family: QuotedFactFamily) -> Quote? {
            facts.resolve(family.rawValue, channel: channel).map { fact in
                Quote(
                    seconds: fact.value.seconds,
                    citation: citations[fact.id] ?? CitedFact(id: fact.id, value: fact.value.description))
            }
        }
        firstSync = quote(.firstSync)
        connectionTestWait = quote(.connectionTestWait)
        importInterval = quote(.importInterval)
        exportInterval = quote(.exportInterval)
        exportAllowance = quote(.exportAllowance)
    }

    /// The fact of `family`, if the knowledge base has one.
    func quote(_ family: QuotedFactFamily) -> Quote? {
        switch family {
        case .firstSync: firstSync
        case .connectionTestWait: connectionTestWait
        case .importInterval: importInterval
        case .exportInterval: exportInterval
        case .exportAllowance: exportAllowance
        }
    }

    /// The duration the fact of `family` states, if any.
    func seconds(_ family: QuotedFactFamily) -> TimeInterval? {
        quote(family)?.seconds
    }
}
