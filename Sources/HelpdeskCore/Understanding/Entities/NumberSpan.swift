/// Tokens that may together be one order or tracking number.
struct NumberSpan {
    enum Kind {
        /// A token on its own.
        case single
        /// Tokens typed in groups that make a known shape together (`114-0149180-7966659`,
        /// `1Z 5R8 939 03 5756 7127`, `0414 4176 0228 964`).
        case joined
        /// A long token left over from a spaced group that made no known shape as a whole
        /// (`12345678 87654321`): needs stronger evidence than a token on its own.
        case leftover
        /// Digit groups joined by dashes that make no known shape (`12345-67890`): an order
        /// number only right after an order word.
        case dashed
    }

    var first: Int
    var last: Int
    var kind: Kind
    /// Channels the grouping itself makes (Amazon 3-7-7, eBay 2-5-5).
    var joinedChannels: OrderChannels = []
}
