import HelpdeskCore

/// Horizontal bars with their labels and values (volumes by intent), drawn as inline SVG.
struct SVGHorizontalBars {
    struct Bar {
        var label: String
        var value: Int
        var note: String
    }

    var bars: [Bar]
    var caption: String
    var width = 720.0

    private let rowHeight = 24.0
    private let labelWidth = 190.0
    private let valueWidth = 150.0

    var svg: String {
        let height = max(rowHeight * Double(bars.count), rowHeight)
        let plotWidth = width - labelWidth - valueWidth
        let highest = Double(bars.map(\.value).max() ?? 0)
        var parts = [
            "<svg class=\"chart bars\" viewBox=\"0 0 \(SVGBarChart.number(width)) \(SVGBarChart.number(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">"
        ]
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight
            let length = highest > 0 ? plotWidth * Double(bar.value) / highest : 0
            parts.append(
                "<text class=\"label\" x=\"\(SVGBarChart.number(labelWidth - 8))\" y=\"\(SVGBarChart.number(y + 16))\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            )
            parts.append(
                "<rect class=\"bar\" x=\"\(SVGBarChart.number(labelWidth))\" y=\"\(SVGBarChart.number(y + 4))\" width=\"\(SVGBarChart.number(max(length, 0.5)))\" height=\"\(SVGBarChart.number(rowHeight - 8))\"><title>\(HTMLText.escape(bar.label)): \(bar.value)</title></rect>"
            )
            parts.append(
                "<text class=\"value\" x=\"\(SVGBarChart.number(labelWidth + length + 6))\" y=\"\(SVGBarChart.number(y + 16))\">\(HTMLText.escape(ReportNumbers.count(bar.value) + " " + bar.note))</text>"
            )
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
