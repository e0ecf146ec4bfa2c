// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** The title of a section of a panel or form. */
Label {
    id: root

    topPadding: Theme.margin
    bottomPadding: 4
    font.pixelSize: Theme.fontSmall
    font.bold: true
    font.capitalization: Font.AllUppercase
    color: Theme.textMuted
    Accessible.role: Accessible.Heading
}
