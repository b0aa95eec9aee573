/// The words of one language that answers use, looked up and parsed once when the renderer is
/// built rather than by key on every answer. A missing word is its key, as `LocaleText.word` has it.
final class Phrasebook: Sendable {
    let text: LocaleText
    let unknown: String
    let and: String
    let yourChannel: String
    let yourStore: String
    let yourOrder: String
    let theCarrier: String
    let noUpdate: String
    let checkNumber: String
    let checkEmail: String
    /// `state.<state>` in the order of `OrderState.allCases`.
    private let orderStates: [String]
    /// `{duration} ago`.
    let ago: PlaceholderText<DurationSlot>
    /// `{time} on {day} {month}`.
    let timeOnDay: PlaceholderText<ClockSlot>
    /// `with the number {items}`.
    let notFoundNumber: PlaceholderText<ItemsSlot>
    /// `for the e-mail address {items}`.
    let notFoundEmail: PlaceholderText<ItemsSlot>
    let durations: DurationWords

    init(_ text: LocaleText) {
        self.text = text
        unknown = text.word("unknown")
        and = text.word("and")
        yourChannel = text.word("your_channel")
        yourStore = text.word("your_store")
        yourOrder = text.word("your_order")
        theCarrier = text.word("the_carrier")
        noUpdate = text.word("no_update")
        checkNumber = text.word("check.number")
        checkEmail = text.word("check.email")
        orderStates = OrderState.allCases.map { text.word("state.\($0.rawValue)") }
        ago = PlaceholderText(text.word("ago"))
        timeOnDay = PlaceholderText(text.word("time_on_day"))
        notFoundNumber = PlaceholderText(text.word("not_found.number"))
        notFoundEmail = PlaceholderText(text.word("not_found.email"))
        durations = DurationWords(text)
    }

    /// The words for an order's state (`dispatched`).
    func orderState(_ state: OrderState) -> String {
        OrderState.allCases.firstIndex(of: state).map { orderStates[$0] } ?? text.word("state.\(state.rawValue)")
    }
}
