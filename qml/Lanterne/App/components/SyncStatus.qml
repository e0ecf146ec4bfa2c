// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/** Sync in the tool bar: local only, synced, syncing, offline since..., error; click for settings. */
ToolButton {
    id: root

    signal openSettings

    readonly property string stateText: {
        const pending = Session.pendingCount;
        switch (SyncService.state) {
        case SyncService.LocalOnly:
            return pending > 0 ? qsTr("Magasin local · %n modification(s) en attente d'envoi", "", pending)
                               : qsTr("Magasin local · à jour");
        case SyncService.Connecting:
            return qsTr("Connexion à la base centrale…");
        case SyncService.Syncing:
            return SyncService.expected > 0 ? qsTr("Synchronisation… %1 %").arg(Math.floor(100 * SyncService.received / SyncService.expected))
                                             : qsTr("Synchronisation…");
        case SyncService.Synced:
            return pending > 0 ? qsTr("Synchronisé à %1 · %n en attente", "", pending).arg(Qt.formatTime(SyncService.lastSync, "HH:mm"))
                               : qsTr("Synchronisé à %1").arg(Qt.formatTime(SyncService.lastSync, "HH:mm"));
        case SyncService.Offline:
            return qsTr("Hors ligne depuis %1 · %n modification(s) en attente", "", pending).arg(Qt.formatTime(SyncService.offlineSince, "HH:mm"));
        case SyncService.Error:
            return SyncService.needsPassword ? qsTr("Mot de passe requis") : qsTr("Synchronisation impossible");
        }
        return "";
    }
    readonly property color dot: SyncService.state === SyncService.Synced ? "#7bd88f"
                               : SyncService.state === SyncService.Offline ? Theme.accent
                               : SyncService.state === SyncService.Error ? "#ff8a80"
                               : SyncService.state === SyncService.LocalOnly ? "#d0dcec" : "#90caf9"

    onClicked: root.openSettings()
    ToolTip.visible: hovered
    ToolTip.text: SyncService.message.length > 0 ? SyncService.message
                  : SyncService.state === SyncService.LocalOnly ? qsTr("Aucune base centrale n'est configurée : les modifications restent sur ce poste, dans la file d'envoi.")
                  : qsTr("Connexion à la base centrale")
    Accessible.name: root.stateText
    contentItem: RowLayout {
        spacing: 6
        Rectangle {
            width: 9
            height: 9
            radius: 4.5
            color: root.dot
            Accessible.ignored: true
        }
        Label {
            text: root.stateText
            color: "#e3ebf5"
        }
    }
    background: Rectangle {
        color: root.hovered ? "#2a4a73" : "transparent"
        radius: Theme.radius
    }
}
