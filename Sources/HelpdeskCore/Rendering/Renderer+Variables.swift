import Foundation

/// What each answer variable says, written straight into the answer.
extension Renderer {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func write(
        _ variable: TemplateVariable, _ situation: Situation, _ words: Phrasebook, _ quoted: QuotedFacts,
        into output: inout String
    ) {
        let state = situation.channelState
        let now = situation.now
        func clock(_ date: Date) { writeClock(date, now: now, words, into: &output) }
        func clockOrUnknown(_ date: Date?) {
            if let date { clock(date) } else { output += words.unknown }
        }
        func duration(_ seconds: TimeInterval?) {
            if let seconds { words.durations.write(seconds, into: &output) } else { output += words.unknown }
        }
        func ago(_ date: Date?) {
            guard let date else {
                output += words.unknown
                return
            }
            words.ago.write(into: &output) { _, output in words.durations.write(now.timeIntervalSince(date), into: &output) }
        }
        switch variable {
        case .channel: output += situation.channel.map(catalog.name(of:)) ?? words.yourChannel
        case .store: output += state?.storeName ?? situation.channel.map(catalog.name(of:)) ?? words.yourStore
        case .connectedAt: clockOrUnknown(state?.connectedAt)
        case .connectedAgo: ago(state?.connectedAt)
        case .firstSync: duration(quoted.seconds(.firstSync))
        case .firstSyncDue:
            guard let connected = state?.connectedAt, let wait = quoted.seconds(.firstSync) else {
                output += words.unknown
                return
            }
            clock(connected.addingTimeInterval(wait))
        case .connectionTestWait: duration(quoted.seconds(.connectionTestWait))
        case .importInterval: duration(quoted.seconds(.importInterval))
        case .lastImportAt: clockOrUnknown(state?.lastImportAt)
        case .lastImportAgo: ago(state?.lastImportAt)
        case .nextImportAt: clockOrUnknown(nextImport(situation, quoted))
        case .exportInterval: duration(quoted.seconds(.exportInterval))
        case .exportAllowance: duration(quoted.seconds(.exportAllowance))
        case .exportDue:
            guard let dispatched = situation.order?.dispatchedAt, let allowance = quoted.seconds(.exportAllowance) else {
                output += words.unknown
                return
            }
            clock(dispatched.addingTimeInterval(allowance))
        case .nextExportAt:
            let start = state?.lastExportAt ?? situation.order?.dispatchedAt
            clockOrUnknown(nextRun(after: start, every: quoted.seconds(.exportInterval), now: now))
        case .channelError: output += state?.lastError ?? words.unknown
        case .orderNumber:
            output += situation.order?.orderNumber ?? situation.understanding.entities.orderNumbers.first?.text ?? words.yourOrder
        case .orderState: output += situation.order.map { words.orderState($0.state) } ?? words.unknown
        case .orderChannel: output += situation.order.map { catalog.name(of: $0.channel) } ?? words.unknown
        case .carrier:
            let carrier = situation.order?.carrier.map { catalog.carrierName(catalog.carrierID(forName: $0) ?? $0) }
            output += carrier ?? words.theCarrier
        case .trackingNumber: output += situation.order?.trackingNumber ?? words.unknown
        case .placedAt: clockOrUnknown(situation.order?.placedAt)
        case .dispatchedAt: clockOrUnknown(situation.order?.dispatchedAt)
        case .dispatchedAgo: ago(situation.order?.dispatchedAt)
        case .addressChangedAt: clockOrUnknown(situation.order?.addressChangedAt)
        case .mentionedNumbers: writeMentionedNumbers(situation, words, into: &output)
        case .notFoundMention:
            if mentionsOnlyEmails(situation) {
                let emails = situation.understanding.entities.emails
                words.notFoundEmail.write(into: &output) { _, output in
                    writeList(count: emails.count, { emails[$0] }, words, into: &output)
                }
            } else {
                words.notFoundNumber.write(into: &output) { _, output in writeMentionedNumbers(situation, words, into: &output) }
            }
        case .mentionToCheck: output += mentionsOnlyEmails(situation) ? words.checkEmail : words.checkNumber
        case .candidates:
            guard case .ambiguous(let orders) = situation.lookup else {
                output += words.unknown
                return
            }
            let named = { (index: Int) in catalog.name(of: orders[index].channel) + " " + orders[index].orderNumber }
            writeList(count: orders.count, named, words, into: &output)
        case .incidentName: output += mainIncident(situation)?.incident.name ?? words.unknown
        case .incidentSince: clockOrUnknown(mainIncident(situation)?.incident.startedAt)
        case .incidentUpdate: output += mainIncident(situation)?.incident.latestUpdate?.body ?? words.noUpdate
        case .incidentComponents:
            let names = mainIncident(situation)?.componentNames ?? []
            writeList(count: names.count, { names[$0] }, words, into: &output)
        case .maintenanceName: output += maintenance(situation)?.incident.name ?? words.unknown
        case .maintenanceUntil: clockOrUnknown(maintenance(situation)?.incident.scheduledUntil)
        case .exportedAt: clockOrUnknown(situation.order?.exportedAt)
        case .statusAge: duration(situation.statusAge)
        case .statusAsOf: clockOrUnknown(situation.statusFetchedAt)
        case .incidentDelay: duration(delay(of: mainIncident(situation)))
        case .delayedImportAt:
            guard let next = nextImport(situation, quoted),
                let delay = delay(of: channelIncident(situation) ?? mainIncident(situation))
            else {
                output += words.unknown
                return
            }
            clock(next.addingTimeInterval(delay))
        case .delayedExportDue:
            guard let dispatched = situation.order?.dispatchedAt, let allowance = quoted.seconds(.exportAllowance),
                let delay = delay(of: channelIncident(situation) ?? mainIncident(situation))
            else {
                output += words.unknown
                return
            }
            clock(dispatched.addingTimeInterval(allowance + delay))
        case .intent: output += situation.understanding.intent.rawValue
        case .message: output += Self.oneLine(situation.message)
        }
    }

    /// Appends the clock time in the desk's time zone in the phrasebook's words.
    private func writeClock(_ date: Date, now: Date, _ words: Phrasebook, into output: inout String) {
        writeClock(date, now: now, months: words.text.months, timeOnDay: words.timeOnDay, into: &output)
    }

    /// The next import: the first run of the import interval after the last import (or the
    /// connection) that is still ahead.
    private func nextImport(_ situation: Situation, _ quoted: QuotedFacts) -> Date? {
        let state = situation.channelState
        let start = state?.lastImportAt ?? state?.connectedAt
        return nextRun(after: start, every: quoted.seconds(.importInterval), now: situation.now)
    }

    /// The first run of `interval` after `start` that is still ahead of `now`.
    private func nextRun(after start: Date?, every interval: TimeInterval?, now: Date) -> Date? {
        guard let start, let interval, interval > 0 else { return nil }
        var next = start.addingTimeInterval(interval)
        if next <= now {
            let behind = now.timeIntervalSince(next)
            next = next.addingTimeInterval((floor(behind / interval) + 1) * interval)
        }
        return next
    }

    /// The first incident that is not maintenance, else the first at all.
    private func mainIncident(_ situation: Situation) -> RelevantIncident? {
        situation.incidents.first { !$0.incident.isMaintenance } ?? situation.incidents.first
    }

    /// The first maintenance.
    private func maintenance(_ situation: Situation) -> RelevantIncident? {
        situation.incidents.first { $0.incident.isMaintenance }
    }

    /// How late things run because of an incident: the delay it states, else the fact `incident_delay`.
    private func delay(of relevant: RelevantIncident?) -> TimeInterval? {
        guard let relevant else { return nil }
        return IncidentDelay.stated(by: relevant.incident) ?? incidentDelay
    }

    /// The first incident (not maintenance) on the situation's channel.
    private func channelIncident(_ situation: Situation) -> RelevantIncident? {
        guard let channel = situation.channel else { return nil }
        return situation.incidents.first { !$0.incident.isMaintenance && $0.targets.contains(.channel(channel)) }
    }

    /// Whether the message gave e-mail addresses and no order or tracking number.
    private func mentionsOnlyEmails(_ situation: Situation) -> Bool {
        let entities = situation.understanding.entities
        return entities.orderNumbers.isEmpty && entities.trackingNumbers.isEmpty && !entities.emails.isEmpty
    }

    /// Appends the order and tracking numbers the message gave, as written, as a list.
    private func writeMentionedNumbers(_ situation: Situation, _ words: Phrasebook, into output: inout String) {
        let orders = situation.understanding.entities.orderNumbers
        let tracking = situation.understanding.entities.trackingNumbers
        writeList(
            count: orders.count + tracking.count, { $0 < orders.count ? orders[$0].text : tracking[$0 - orders.count].text },
            words, into: &output)
    }

    /// Appends `a`, `a and b`, `a, b and c` (the `count` items `item(0)`, `item(1)`, …), or `unknown`
    /// when there are none.
    private func writeList(count: Int, _ item: (Int) -> String, _ words: Phrasebook, into output: inout String) {
        guard count > 0 else {
            output += words.unknown
            return
        }
        for index in 0..<count {
            if index > 0 {
                if index == count - 1 {
                    output += " "
                    output += words.and
                    output += " "
                } else {
                    output += ", "
                }
            }
            output += item(index)
        }
    }
}
