/// A set of carriers a tracking number may belong to, kept as bits so that reading a number
/// allocates nothing; `ids` turns it into the carrier ids of `KnowledgeBase/carriers.yaml`.
struct TrackingCarriers: OptionSet {
    let rawValue: UInt16

    static let ups = TrackingCarriers(rawValue: 1 << 0)
    static let fedex = TrackingCarriers(rawValue: 1 << 1)
    static let usps = TrackingCarriers(rawValue: 1 << 2)
    static let dhl = TrackingCarriers(rawValue: 1 << 3)
    static let dpd = TrackingCarriers(rawValue: 1 << 4)
    static let yodel = TrackingCarriers(rawValue: 1 << 5)
    static let evri = TrackingCarriers(rawValue: 1 << 6)
    static let amazonLogistics = TrackingCarriers(rawValue: 1 << 7)
    static let royalMail = TrackingCarriers(rawValue: 1 << 8)
    static let russianPost = TrackingCarriers(rawValue: 1 << 9)
    static let postalS10 = TrackingCarriers(rawValue: 1 << 10)

    /// Carrier ids in a fixed order.
    private static let all: [(TrackingCarriers, String)] = [
        (.ups, "ups"), (.fedex, "fedex"), (.usps, "usps"), (.dhl, "dhl"), (.dpd, "dpd"), (.yodel, "yodel"),
        (.evri, "evri"), (.amazonLogistics, "amazon-logistics"), (.royalMail, "royal-mail"),
        (.russianPost, "russian-post"), (.postalS10, "postal-s10"),
    ]

    /// Carrier ids (`ups`, `royal-mail`…) in a fixed order.
    var ids: [String] {
        if isEmpty { return [] }
        var result: [String] = []
        for (carrier, id) in Self.all where contains(carrier) { result.append(id) }
        return result
    }
}
