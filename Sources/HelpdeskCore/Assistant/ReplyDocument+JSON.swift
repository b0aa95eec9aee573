/// A reply document written by `StableJSONWriter`: the same bytes as `StableJSON.string(document)`
/// (compact, sorted keys, slashes as they are), without the encoder's cost. Keys are written in
/// sorted order by hand; the tests compare both outputs over many replies.
extension ReplyDocument {
    /// The document as compact JSON, exactly as `StableJSON.string(self)` writes it.
    public var json: String {
        var writer = StableJSONWriter(capacity: 1024)
        write(to: &writer)
        return writer.text
    }

    /// Writes the document as `StableJSON`'s encoder does (`null` as a whole when the confidence
    /// is not a finite number, which the encoder refuses).
    public func write(to writer: inout StableJSONWriter) {
        guard confidence.isFinite else {
            writer.null()
            return
        }
        writer.beginObject()
        writer.key("answer")
        writer.string(answer)
        writer.key("answered_at")
        writer.string(answered_at)
        writer.key("channel")
        writer.string(channel)
        writer.key("confidence")
        writer.number(confidence)
        writer.key("entities")
        entities.write(to: &writer)
        writer.key("facts")
        writer.beginArray()
        for fact in facts {
            writer.beginObject()
            writer.key("id")
            writer.string(fact.id)
            writer.key("value")
            writer.string(fact.value)
            writer.endObject()
        }
        writer.endArray()
        writer.key("guides")
        writer.strings(guides)
        writer.key("handoff")
        writer.bool(handoff)
        writer.key("handoff_summary")
        writer.string(handoff_summary)
        writer.key("incidents")
        writer.beginArray()
        for incident in incidents { incident.write(to: &writer) }
        writer.endArray()
        writer.key("intent")
        writer.string(intent)
        writer.key("language")
        writer.string(language)
        writer.key("leads")
        writer.strings(leads)
        writer.key("log_id")
        if let log_id { writer.integer(log_id) } else { writer.null() }
        writer.key("order")
        if let order { order.write(to: &writer) } else { writer.null() }
        writer.key("order_lookup")
        writer.string(order_lookup)
        writer.key("reasons")
        writer.strings(reasons)
        writer.key("rule")
        writer.string(rule)
        writer.endObject()
    }
}

extension ReplyDocument.EntitiesDocument {
    /// As compact JSON, exactly as `StableJSON.string(self)` writes it.
    public var json: String {
        // Most messages name nothing: their JSON is always the same.
        if isEmpty { return Self.emptyJSON }
        var writer = StableJSONWriter(capacity: 128)
        write(to: &writer)
        return writer.text
    }

    /// Whether every list is empty.
    var isEmpty: Bool {
        order_numbers.isEmpty && tracking_numbers.isEmpty && channels.isEmpty && carriers.isEmpty && emails.isEmpty
    }

    /// The JSON of a document with every list empty, written once by the same writer.
    private static let emptyJSON: String = {
        var writer = StableJSONWriter(capacity: 128)
        ReplyDocument.EntitiesDocument(Entities()).write(to: &writer)
        return writer.text
    }()

    func write(to writer: inout StableJSONWriter) {
        writer.beginObject()
        writer.key("carriers")
        writer.strings(carriers)
        writer.key("channels")
        writer.strings(channels)
        writer.key("emails")
        writer.strings(emails)
        writer.key("order_numbers")
        writer.strings(order_numbers)
        writer.key("tracking_numbers")
        writer.strings(tracking_numbers)
        writer.endObject()
    }
}

extension ReplyDocument.OrderDocument {
    /// As the encoder writes it: absent values leave their key out.
    func write(to writer: inout StableJSONWriter) {
        func optional(_ key: StaticString, _ value: String?) {
            guard let value else { return }
            writer.key(key)
            writer.string(value)
        }
        writer.beginObject()
        optional("address_changed_at", address_changed_at)
        optional("carrier", carrier)
        writer.key("channel")
        writer.string(channel)
        optional("customer_email", customer_email)
        optional("customer_name", customer_name)
        optional("dispatched_at", dispatched_at)
        optional("exported_at", exported_at)
        optional("imported_at", imported_at)
        writer.key("order_number")
        writer.string(order_number)
        optional("placed_at", placed_at)
        writer.key("state")
        writer.string(state)
        optional("tracking_number", tracking_number)
        writer.endObject()
    }
}

extension ReplyDocument.IncidentDocument {
    /// As the encoder writes it: without `latest_update` when there is none.
    func write(to writer: inout StableJSONWriter) {
        writer.beginObject()
        writer.key("components")
        writer.strings(components)
        writer.key("id")
        writer.string(id)
        writer.key("impact")
        writer.string(impact)
        if let latest_update {
            writer.key("latest_update")
            writer.string(latest_update)
        }
        writer.key("maintenance")
        writer.bool(maintenance)
        writer.key("name")
        writer.string(name)
        writer.key("started_at")
        writer.string(started_at)
        writer.key("status")
        writer.string(status)
        writer.endObject()
    }
}
