// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/**
 * Asked when the central database wants a password this workstation does not have (no keychain,
 * a locked one, or a changed password): for this session, and remembered in the keychain when
 * there is one and the agent agrees. Never written anywhere in plain text.
 */
Dialog {
    id: root

    title: qsTr("Mot de passe de la base centrale")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: {
        passwordField.text = "";
        passwordField.forceActiveFocus();
    }
    onAccepted: SyncService.providePassword(passwordField.text, rememberBox.checked)
    Component.onCompleted: root.standardButton(Dialog.Ok).enabled = Qt.binding(() => passwordField.text.length > 0)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("La base centrale (%1) demande votre mot de passe pour synchroniser ce poste.").arg(SyncService.url)
        }
        Label {
            Layout.fillWidth: true
            visible: SyncService.message.length > 0
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: SyncService.message
        }
        TextField {
            id: passwordField
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Mot de passe")
            Accessible.name: qsTr("Mot de passe de la base centrale")
            onAccepted: if (text.length > 0)
                root.accept()
        }
        CheckBox {
            id: rememberBox
            checked: SyncService.keychainAvailable
            enabled: SyncService.keychainAvailable
            text: qsTr("Le retenir dans le trousseau de clés du bureau")
        }
        Label {
            Layout.fillWidth: true
            visible: !SyncService.keychainAvailable
            wrapMode: Text.Wrap
            color: Theme.warning
            text: qsTr("Aucun trousseau de clés n'est disponible : le mot de passe sera demandé à chaque session. Il n'est jamais enregistré en clair.")
        }
    }
}
