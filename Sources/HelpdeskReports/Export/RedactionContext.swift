/// What a redactor knows about an exchange besides its text: the customer's name (to mask it
/// wherever it appears) and the numbers to keep (order and tracking numbers are what a shared log
/// is for, and some of them look like phone numbers).
public struct RedactionContext: Sendable, Equatable {
    /// Names of the customer, e.g. from the order the exchange concerned.
    public var customerNames: [String]
    /// Texts never masked: order numbers and tracking numbers as they appear.
    public var keep: [String]

    public init(customerNames: [String] = [], keep: [String] = []) {
        self.customerNames = customerNames
        self.keep = keep
    }
}
