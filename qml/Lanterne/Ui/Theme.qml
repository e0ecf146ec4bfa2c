// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

/** Colours, spacing and type of Lanterne. */
QtObject {
    id: root

    readonly property color primary: "#1f3a5f"
    readonly property color primaryLight: "#2f5688"
    readonly property color accent: "#f6b60d"
    readonly property color background: "#f4f5f7"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d5d9e0"
    readonly property color text: "#1c2430"
    readonly property color textMuted: "#5d6878"
    readonly property color selection: "#dbe7f7"
    readonly property color hover: "#eef3fa"
    readonly property color danger: "#c62828"
    readonly property color warning: "#e65100"
    readonly property color success: "#2e7d32"
    readonly property color info: "#1565c0"
    readonly property color openColour: "#1565c0"
    readonly property color fixedColour: "#2e7d32"
    readonly property color closedColour: "#6b7380"
    readonly property color internalNote: "#fff8e1"
    readonly property color publicReply: "#e8f5e9"

    readonly property int spacing: 8
    readonly property int margin: 12
    readonly property int radius: 4
    readonly property int fontSmall: 11
    readonly property int fontNormal: 13
    readonly property int fontLarge: 16
    readonly property int fontTitle: 20
    readonly property int rowHeight: 56

    function statusColour(statusClass: string): color {
        if (statusClass === "fixed")
            return root.fixedColour;
        if (statusClass === "closed")
            return root.closedColour;
        return root.openColour;
    }

    /** The deadline badge: overdue red, due soon orange, paused blue-grey. */
    function deadlineColour(state: string): color {
        if (state === "overdue")
            return root.danger;
        if (state === "due_soon")
            return root.warning;
        if (state === "paused")
            return "#546e7a";
        return root.textMuted;
    }

    function priorityColour(priority: string): color {
        if (priority === "urgent")
            return root.danger;
        if (priority === "high")
            return root.warning;
        if (priority === "low")
            return root.closedColour;
        return root.textMuted;
    }
}
