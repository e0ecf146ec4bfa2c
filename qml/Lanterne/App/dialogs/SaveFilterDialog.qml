// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui

/** Names the current filters to find them again. */
Dialog {
    id: root

    readonly property string filterName: nameField.text.trim()

    title: qsTr("Enregistrer les filtres")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 380
    standardButtons: Dialog.Save | Dialog.Cancel
    onOpened: {
        nameField.text = "";
        nameField.forceActiveFocus();
    }
    Component.onCompleted: root.standardButton(Dialog.Save).enabled = Qt.binding(() => root.filterName.length > 0)

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("Nom du filtre")
        }
        TextField {
            id: nameField
            Layout.fillWidth: true
            placeholderText: qsTr("ex. Dépôts sauvages en retard")
            Accessible.name: qsTr("Nom du filtre")
            onAccepted: if (root.filterName.length > 0)
                root.accept()
        }
    }
}
