// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** A multi-line text field with a visible frame (the Basic style's TextArea has none). */
TextArea {
    id: root

    wrapMode: TextEdit.Wrap
    selectByMouse: true
    background: Rectangle {
        color: root.enabled ? Theme.surface : Theme.background
        border.color: root.activeFocus ? Theme.primary : Theme.border
        border.width: root.activeFocus ? 2 : 1
        radius: Theme.radius
    }
}
