/// An order number found in a message.
public struct OrderNumberMention: Codable, Sendable, Equatable, Hashable {
    /// The text as the person typed it.
    public var text: String
    /// The lookup key (`OrderNumberKey.make`): upper-case letters and digits only.
    public var key: String
    /// Channels whose number shape it fits (empty when it fits none in particular).
    public var channels: [Channel]

    public init(text: String, key: String, channels: [Channel]) {
        self.text = text
        self.key = key
        self.channels = channels
    }
}

/// A carrier tracking number found in a message.
public struct TrackingNumberMention: Codable, Sendable, Equatable, Hashable {
    public var text: String
    /// Upper-case letters and digits only.
    public var key: String
    /// Carrier ids whose format (and check digit, where the carrier has one) it fits.
    public var carriers: [String]

    public init(text: String, key: String, carriers: [String]) {
        self.text = text
        self.key = key
        self.carriers = carriers
    }
}

/// Everything a message names that Helpdesk can look up.
public struct Entities: Codable, Sendable, Equatable {
    public var orderNumbers: [OrderNumberMention]
    public var trackingNumbers: [TrackingNumberMention]
    public var channels: [Channel]
    /// Carrier ids.
    public var carriers: [String]
    /// Lower-cased e-mail addresses.
    public var emails: [String]

    public init(
        orderNumbers: [OrderNumberMention] = [], trackingNumbers: [TrackingNumberMention] = [],
        channels: [Channel] = [], carriers: [String] = [], emails: [String] = []
    ) {
        self.orderNumbers = orderNumbers
        self.trackingNumbers = trackingNumbers
        self.channels = channels
        self.carriers = carriers
        self.emails = emails
    }

    /// Whether nothing was found.
    public var isEmpty: Bool {
        orderNumbers.isEmpty && trackingNumbers.isEmpty && channels.isEmpty && carriers.isEmpty && emails.isEmpty
    }
}
