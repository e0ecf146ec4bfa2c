// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

ApplicationWindow {
    id: root

    /** The page asked on the command line; empty: Ma journée for a field team, else the tickets. */
    required property string initialPage
    required property string initialSelection
    property string currentPage: initialPage.length > 0 ? initialPage : (Session.userRole === "field" ? "field" : "inbox")
    readonly property bool ready: Session.state === Session.Ready

    visible: true
    minimumWidth: 1000
    minimumHeight: 640
    color: Theme.background
    title: Session.municipalityName.length > 0 ? qsTr("Lanterne — %1").arg(Session.municipalityName) : "Lanterne"

    /** The board and the triage queue are built the first time they are shown: not at start. */
    readonly property var kanbanPage: kanbanLoader.item
    readonly property var triagePage: triageLoader.item
    readonly property var dashboardPage: dashboardLoader.item
    readonly property var fieldPage: fieldLoader.item

    function showPage(name: string) {
        if (name === "map") {
            root.currentPage = "inbox";
            inboxPage.setShowMap(true);
            return;
        }
        // Loaded by URL (a component of this bound file could not be made by a Loader in Qt 6.4).
        if (name === "kanban" && kanbanLoader.status === Loader.Null)
            kanbanLoader.setSource(Qt.resolvedUrl("pages/KanbanPage.qml"));
        if (name === "dashboard" && dashboardLoader.status === Loader.Null)
            dashboardLoader.setSource(Qt.resolvedUrl("pages/DashboardPage.qml"));
        if (name === "field" && fieldLoader.status === Loader.Null)
            fieldLoader.setSource(Qt.resolvedUrl("pages/FieldDayPage.qml"));
        if (name === "triage" && triageLoader.status === Loader.Null)
            triageLoader.setSource(Qt.resolvedUrl("pages/InboxPage.qml"), { "triageMode": true });
        root.currentPage = name;
    }

    Component.onCompleted: {
        // Set once: the current page no longer follows the role or the command line.
        const start = root.currentPage;
        root.showPage(start);
    }

    function notify(message: string) {
        noticeLabel.text = message;
        noticeTimer.restart();
    }

    /** Called by `lanterne --self-test`: one step per call, false when done. */
    function selfTestStep(step) {
        switch (step) {
        case 0:
            root.showPage("inbox");
            return true;
        case 1:
            inboxPage.selectRow(0);
            return true;
        case 2:
            inboxPage.openStatusDialog();
            return true;
        case 3:
            inboxPage.closeDialogs();
            inboxPage.openLocationDialog();
            return true;
        case 4:
            inboxPage.closeDialogs();
            inboxPage.openSaveFilterDialog();
            return true;
        case 5:
            inboxPage.closeDialogs();
            inboxPage.openFirstPhoto();
            return true;
        case 6:
            inboxPage.closeDialogs();
            inboxPage.applyFilter({ "status_class": "open", "search": "rue" });
            return true;
        case 7:
            inboxPage.applyFilter({});
            root.showPage("new");
            return true;
        case 8:
            newTicketPage.fillExample();
            return true;
        case 9:
            root.showPage("settings");
            return true;
        case 10:
            root.showPage("conflicts");
            return true;
        case 11:
            root.showPage("map");
            return true;
        case 12:
            inboxPage.setShowMap(false);
            root.showPage("kanban");
            return true;
        case 13:
            root.kanbanPage.columnsDialog.open();
            return true;
        case 14:
            root.kanbanPage.columnsDialog.close();
            root.kanbanPage.board.laneBy = "priority";
            return true;
        case 15:
            root.kanbanPage.board.laneBy = "";
            root.kanbanPage.board.groupBy = "team";
            return true;
        case 16:
            root.kanbanPage.board.groupBy = "status";
            root.showPage("triage");
            return true;
        case 17:
            root.triagePage.selectRow(0);
            return true;
        case 18:
            root.openLateReport();
            return true;
        case 19:
            lateReport.close();
            root.showPage("dashboard");
            return true;
        case 20:
            root.dashboardPage.dashboard.setPeriod("365d");
            root.dashboardPage.dashboard.volumeBy = "category";
            root.dashboardPage.dashboard.timesBy = "team";
            return true;
        case 21:
            root.dashboardPage.exportDialog.open();
            return true;
        case 22:
            root.dashboardPage.exportDialog.close();
            root.showPage("field");
            return true;
        case 23:
            root.fieldPage.day.shiftDay(1);
            return true;
        case 24:
            root.fieldPage.focusList();
            root.fieldPage.openReport("impossible", "reason");
            return true;
        case 25:
            root.fieldPage.reportDialog.close();
            root.showPage("inbox");
            inboxPage.selectRow(0);
            return true;
        case 26:
            inboxPage.openPlanDialog();
            return true;
        case 27:
            inboxPage.closeDialogs();
            return true;
        }
        return false;
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: root.showPage("inbox")
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: root.showPage("kanban")
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: Session.userRole !== "field"
        onActivated: root.showPage("dashboard")
    }
    Shortcut {
        sequence: "Ctrl+T"
        onActivated: root.showPage("triage")
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: root.showPage("field")
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: root.ready
        onActivated: root.openLateReport()
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: root.showPage("settings")
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        onActivated: root.showPage("conflicts")
    }
    Shortcut {
        sequences: [StandardKey.New]
        onActivated: root.showPage("new")
    }

    header: ToolBar {
        id: toolBar
        background: Rectangle {
            color: Theme.primary
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            Image {
                source: "qrc:/lanterne/icons/lanterne.svg"
                sourceSize: Qt.size(28, 28)
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
                Accessible.ignored: true
            }
            Label {
                text: "Lanterne"
                color: "white"
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.rightMargin: Theme.margin
            }
            Repeater {
                model: [
                    { "page": "inbox", "label": qsTr("Signalements"), "shortcut": "Ctrl+1" },
                    { "page": "triage", "label": qsTr("File de tri"), "shortcut": "Ctrl+T" },
                    { "page": "kanban", "label": qsTr("Tableau"), "shortcut": "Ctrl+3" },
                    { "page": "dashboard", "label": qsTr("Tableau de bord"), "shortcut": "Ctrl+4" },
                    { "page": "field", "label": Session.userRole === "field" ? qsTr("Ma journée") : qsTr("Tournées"), "shortcut": "Ctrl+5" },
                    { "page": "new", "label": qsTr("Nouveau signalement"), "shortcut": "Ctrl+N" },
                    { "page": "conflicts", "label": qsTr("Conflits"), "shortcut": "Ctrl+Maj+C" },
                    { "page": "settings", "label": qsTr("Réglages"), "shortcut": "Ctrl+," }
                ]
                delegate: ToolButton {
                    id: navButton
                    required property var modelData
                    readonly property int badge: navButton.modelData.page === "conflicts" ? Session.conflictCount : 0
                    text: navButton.badge > 0 ? qsTr("%1 (%2)").arg(navButton.modelData.label).arg(navButton.badge) : navButton.modelData.label
                    // Conflicts exist only with a central database (or after leaving one).
                    visible: (navButton.modelData.page !== "conflicts" || SyncService.state !== SyncService.LocalOnly || navButton.badge > 0) && (navButton.modelData.page !== "dashboard" || Session.userRole !== "field")
                    checkable: true
                    checked: root.currentPage === navButton.modelData.page
                    enabled: root.ready
                    onClicked: root.showPage(navButton.modelData.page)
                    ToolTip.visible: hovered
                    ToolTip.text: navButton.modelData.shortcut
                    Accessible.name: navButton.text
                    contentItem: Label {
                        text: navButton.text
                        color: navButton.badge > 0 ? Theme.accent : "white"
                        font.bold: navButton.checked
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        color: navButton.checked ? Theme.primaryLight : (navButton.hovered ? "#2a4a73" : "transparent")
                        radius: Theme.radius
                    }
                }
            }
            Item {
                Layout.fillWidth: true
            }
            SyncStatus {
                visible: root.ready
                onOpenSettings: root.showPage("settings")
            }
            Label {
                text: qsTr("Je suis :")
                color: "white"
                visible: root.ready
            }
            Label {
                visible: root.ready && Session.centralUser
                text: qsTr("%1 (%2)").arg(Session.userName).arg(Session.roleLabel(Session.userRole))
                color: "white"
                font.bold: true
                Accessible.name: qsTr("Utilisateur courant : %1").arg(text)
                ToolTip.visible: userHover.hovered
                ToolTip.text: qsTr("L'identifiant de la base centrale : ses droits s'appliquent à ce poste.")
                HoverHandler {
                    id: userHover
                }
            }
            ComboBox {
                id: userBox
                visible: root.ready && !Session.centralUser
                Layout.preferredWidth: 280
                model: Session.agents
                textRole: "name"
                valueRole: "login"
                displayText: Session.userName + " (" + (currentIndex >= 0 ? Session.agents[currentIndex].roleLabel : "") + ")"
                Accessible.name: qsTr("Utilisateur courant")
                Component.onCompleted: userBox.currentIndex = userBox.indexOfValue(Session.userLogin)
                onActivated: Session.setUser(userBox.currentValue)
                Connections {
                    target: Session
                    function onUserChanged() {
                        userBox.currentIndex = userBox.indexOfValue(Session.userLogin);
                    }
                }
                delegate: ItemDelegate {
                    id: userDelegate
                    required property var modelData
                    required property int index
                    width: userBox.width
                    text: userDelegate.modelData.name + " — " + userDelegate.modelData.roleLabel
                    highlighted: userBox.highlightedIndex === userDelegate.index
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: 28
        color: Theme.surface
        border.color: Theme.border
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            Label {
                id: noticeLabel
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.text
                Accessible.role: Accessible.StatusBar
            }
            Label {
                visible: Session.readOnly && root.ready
                text: qsTr("Lecture seule")
                color: Theme.danger
                font.bold: true
            }
            Label {
                text: Session.storePath
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideLeft
                Layout.maximumWidth: 420
            }
        }
        Timer {
            id: noticeTimer
            interval: 6000
            onTriggered: noticeLabel.text = ""
        }
    }

    Connections {
        target: Session
        function onNotice(message: string) {
            root.notify(message);
        }
    }

    PasswordDialog {
        id: passwordDialog
        // Asked once per refusal: cancelled, it comes back only after the password worked (or
        // changed); the Réglages page has its own field.
        property bool asked: false
    }
    Connections {
        target: SyncService
        function onChanged() {
            if (!SyncService.needsPassword)
                passwordDialog.asked = false;
            else if (!passwordDialog.asked && !passwordDialog.visible && root.ready && root.currentPage !== "settings") {
                passwordDialog.asked = true;
                passwordDialog.open();
            }
        }
    }

    // A big pull (the first sync of a workstation, or after a long time offline): how far it is.
    Rectangle {
        id: pullBanner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: root.ready && SyncService.state === SyncService.Syncing && SyncService.expected >= 500
        height: visible ? bannerRow.implicitHeight + 2 * Theme.spacing : 0
        color: "#e3f2fd"
        border.color: Theme.border
        RowLayout {
            id: bannerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.margin
            Label {
                text: SyncService.firstSync ? qsTr("Première synchronisation de ce poste") : qsTr("Réception des changements de la base centrale")
                font.bold: true
                color: Theme.text
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, SyncService.expected)
                value: SyncService.received
                Accessible.name: qsTr("Progression de la synchronisation")
            }
            Label {
                text: qsTr("%1 / %2 signalements").arg(Number(SyncService.received).toLocaleString(Qt.locale(), "f", 0)).arg(Number(SyncService.expected).toLocaleString(Qt.locale(), "f", 0))
                color: Theme.textMuted
            }
        }
    }

    // What the user must know about the store: edits lost after a crash, a store read-only.
    Rectangle {
        id: storeBanner
        objectName: "storeBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: pullBanner.bottom
        visible: root.ready && Session.storeWarning.length > 0
        height: visible ? storeRow.implicitHeight + 2 * Theme.spacing : 0
        color: "#fdecea"
        border.color: Theme.danger
        RowLayout {
            id: storeRow
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.margin
            Label {
                Layout.fillWidth: true
                text: Session.storeWarning
                wrapMode: Text.Wrap
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                text: qsTr("J'ai compris")
                Accessible.name: qsTr("Fermer l'avertissement sur le magasin local")
                onClicked: Session.dismissStoreWarning()
            }
        }
    }

    StackLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: storeBanner.bottom
        currentIndex: !root.ready ? 0 : ({ "new": 2, "settings": 3, "conflicts": 4, "kanban": 5, "triage": 6, "dashboard": 7, "field": 8 }[root.currentPage] ?? 1)

        StartPage {
        }
        InboxPage {
            id: inboxPage
            initialSelection: root.initialSelection
            onNotice: message => root.notify(message)
            onOpenConflicts: root.showPage("conflicts")
            onOpenLateReport: root.openLateReport()
        }
        NewTicketPage {
            id: newTicketPage
            onCreated: (id, reference) => {
                root.notify(qsTr("Signalement %1 créé").arg(reference));
                root.showPage("inbox");
                inboxPage.selectTicket(id);
            }
            onCancelled: root.showPage("inbox")
        }
        SettingsPage {
        }
        ConflictsPage {
            id: conflictsPage
            onNotice: message => root.notify(message)
            onOpenTicket: id => {
                root.showPage("inbox");
                inboxPage.selectTicket(id);
            }
        }
        Loader {
            id: kanbanLoader
            // Its queries run while it is shown: its cells follow edits only then.
            onLoaded: kanbanLoader.item.active = Qt.binding(() => root.ready && root.currentPage === "kanban")
        }
        Loader {
            id: triageLoader
        }
        Loader {
            id: dashboardLoader
            // Figures are computed while it is shown, and again when shown after edits.
            onLoaded: dashboardLoader.item.active = Qt.binding(() => root.ready && root.currentPage === "dashboard")
        }
        Loader {
            id: fieldLoader
        }
    }
    // Shown: the keyboard goes to the day's stops.
    onCurrentPageChanged: if (root.currentPage === "field" && root.fieldPage)
        Qt.callLater(root.fieldPage.focusList)
    Connections {
        target: root.fieldPage
        function onNotice(message: string) {
            root.notify(message);
        }
        function onOpenTicket(id: string) {
            root.showPage("inbox");
            inboxPage.selectTicket(id);
        }
    }
    Connections {
        target: fieldLoader
        function onLoaded() {
            if (root.currentPage === "field")
                Qt.callLater(root.fieldPage.focusList);
        }
    }

    Connections {
        target: root.kanbanPage
        function onNotice(message: string) {
            root.notify(message);
        }
        function onOpenConflicts() {
            root.showPage("conflicts");
        }
    }
    Connections {
        target: root.triagePage
        function onNotice(message: string) {
            root.notify(message);
        }
        function onOpenConflicts() {
            root.showPage("conflicts");
        }
        function onOpenLateReport() {
            root.openLateReport();
        }
    }

    Connections {
        target: root.dashboardPage
        function onNotice(message: string) {
            root.notify(message);
        }
        function onOpenTickets(filter: var, description: string) {
            root.showPage("inbox");
            inboxPage.applyFilter(filter);
            root.notify(qsTr("Tableau de bord : %1").arg(description));
        }
    }

    LateReportDialog {
        id: lateReport
        onShowLate: service => {
            lateReport.close();
            root.showPage("inbox");
            let f = { "overdue": true };
            if (service !== "*")
                f.service = service;
            inboxPage.applyFilter(f);
        }
    }

    function openLateReport() {
        lateReport.filter = root.currentPage === "kanban" && root.kanbanPage ? root.kanbanPage.panelFilter : inboxPage.panelFilter;
        lateReport.open();
    }
}
