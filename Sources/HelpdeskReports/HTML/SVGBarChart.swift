import Foundation
import HelpdeskCore

/// A bar chart over time drawn as inline SVG (no script, no network): one bar per period, the
/// y axis with round ticks, labels thinned so that they never overlap, highlighted bars (the
/// hours of an incident) in another colour, and optional "usual" marks across bars.
struct SVGBarChart {
    struct Bar {
        var label: String
        var value: Double
        /// The usual value, drawn as a mark across the bar.
        var usual: Double?
        var highlighted = false
        /// The tooltip.
        var title: String
    }

    var bars: [Bar]
    /// What the chart shows, for screen readers.
    var caption: String
    var width = 720.0
    var height = 240.0

    private let left = 44.0
    private let right = 8.0
    private let top = 10.0
    private let bottom = 34.0
    /// The fewest pixels between two x labels.
    private let labelSpacing = 64.0

    init(bars: [Bar], caption: String) {
        self.bars = bars
        self.caption = caption
    }

    var svg: String {
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let highest = bars.map { max($0.value, $0.usual ?? 0) }.max() ?? 0
        let scale = ChartScale(highest: highest)
        var parts: [String] = []
        parts.append(
            "<svg class=\"chart\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">"
        )
        for tick in scale.ticks {
            let y = top + plotHeight - plotHeight * tick / scale.top
            parts.append(
                "<line class=\"grid\" x1=\"\(Self.number(left))\" x2=\"\(Self.number(width - right))\" y1=\"\(Self.number(y))\" y2=\"\(Self.number(y))\"/>"
            )
            parts.append(
                "<text class=\"tick\" x=\"\(Self.number(left - 6))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\">\(ReportNumbers.count(Int(tick)))</text>"
            )
        }
        guard !bars.isEmpty else {
            parts.append("</svg>")
            return parts.joined(separator: "\n")
        }
        let slot = plotWidth / Double(bars.count)
        let barWidth = max(slot * 0.8, 0.5)
        let labelEvery = max(1, Int((labelSpacing / slot).rounded(.up)))
        for (index, bar) in bars.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            let barHeight = plotHeight * bar.value / scale.top
            let y = top + plotHeight - barHeight
            parts.append(
                "<rect class=\"bar\(bar.highlighted ? " during" : "")\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(barWidth))\" height=\"\(Self.number(barHeight))\"><title>\(HTMLText.escape(bar.title))</title></rect>"
            )
            if let usual = bar.usual {
                let usualY = top + plotHeight - plotHeight * usual / scale.top
                parts.append(
                    "<line class=\"usual\" x1=\"\(Self.number(x - 1))\" x2=\"\(Self.number(x + barWidth + 1))\" y1=\"\(Self.number(usualY))\" y2=\"\(Self.number(usualY))\"/>"
                )
            }
            if index % labelEvery == 0 {
                parts.append(
                    "<text class=\"label\" x=\"\(Self.number(x + barWidth / 2))\" y=\"\(Self.number(height - bottom + 16))\" text-anchor=\"middle\">\(HTMLText.escape(bar.label))</text>"
                )
            }
        }
        parts.append(
            "<line class=\"axis\" x1=\"\(Self.number(left))\" x2=\"\(Self.number(width - right))\" y1=\"\(Self.number(top + plotHeight))\" y2=\"\(Self.number(top + plotHeight))\"/>"
        )
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Round numbers for a chart's value axis: a top at or above the highest value and ticks at
/// 1, 2 or 5 times a power of ten.
struct ChartScale {
    static let tickCount = 4.0

    let top: Double
    let ticks: [Double]

    init(highest: Double) {
        guard highest > 0 else {
            top = 1
            ticks = [0, 1]
            return
        }
        let rough = highest / Self.tickCount
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let step1 = max(step, 1)
        top = (highest / step1).rounded(.up) * step1
        ticks = stride(from: 0.0, through: top, by: step1).map { $0 }
    }
}
