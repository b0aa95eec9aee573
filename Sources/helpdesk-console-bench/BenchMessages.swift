/// What callers say, in a fixed mix, naming orders that exist (chosen at random, the same ones on
/// every run) and some that do not.
struct BenchMessages {
    let orders: Int
    private var state: UInt64 = 0x5EED

    init(orders: Int) { self.orders = orders }

    /// The first order of the group of five (one per channel) that a random index falls in.
    private mutating func group() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let index = Int((state >> 33) % UInt64(max(orders, 5)))
        return index - index % 5
    }

    mutating func next(_ turn: Int) -> String {
        let first = group()
        switch turn % 10 {
        case 0: return "where is my order \(BenchOrders.number(first))?"  // Amazon
        case 1: return "and when will it arrive?"
        case 2: return "my email is \(BenchOrders.email(first + 2)), where's my parcel"
        case 3: return "any news on \(BenchOrders.number(first + 3))"  // Shopify
        case 4: return "status of \(BenchOrders.tracking(first + 4)) please"
        case 5: return "I dispatched \(BenchOrders.number(first + 1)) but eBay still shows it as unshipped"
        case 6: return "where is my order 999-9999999-9999999?"
        case 7: return "где мой заказ \(BenchOrders.number(first + 2))?"  // Etsy
        case 8: return "is the dashboard down?"
        default: return "has it shipped yet?"
        }
    }
}
