// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Lanterne.Ui

/** Where a ticket stands against its deadline: overdue, due soon, paused (nothing when on time). */
Badge {
    id: root

    /** none | on_time | due_soon | overdue | paused */
    property string deadline: "none"
    /** Also show "Échéance 12/03" for a ticket on time. */
    property bool showOnTime: false

    visible: root.deadline === "overdue" || root.deadline === "due_soon" || root.deadline === "paused" || (root.showOnTime && root.deadline === "on_time")
    colour: Theme.deadlineColour(root.deadline)
    filled: root.deadline !== "on_time"
    ToolTip.visible: hover.hovered
    ToolTip.text: root.deadline === "paused" ? qsTr("En attente du demandeur ou d'un tiers : le délai ne court pas.") : root.text
    HoverHandler {
        id: hover
    }
}
