// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.App

/**
 * The supervisors' dashboard as a supervisor uses it: every figure drawn for the period, and a
 * click on a figure, a bar, a point or a row opens the Inbox on exactly the tickets behind it.
 */
TestCase {
    id: tc
    name: "Dashboard"
    when: windowShown
    visible: true
    width: 1500
    height: 1000

    Component {
        id: pageComponent
        DashboardPage {
            width: 1480
            height: 980
        }
    }
    InboxModel {
        id: inbox
    }
    SignalSpy {
        id: openSpy
        signalName: "openTickets"
    }

    /** The test city's tickets run to 30 June 2026. */
    function makePage() {
        const page = createTemporaryObject(pageComponent, tc);
        verify(page);
        openSpy.clear();
        openSpy.target = page;
        page.dashboard.setFilters({ "from": "2026-06-01", "to": "2026-06-30" });
        tryVerify(() => !page.dashboard.busy && page.dashboard.kpis.length === 9 && page.drawnUpdates > 0);
        waitForRendering(page);
        return page;
    }

    function kpi(page, key) {
        for (const k of page.dashboard.kpis)
            if (k.key === key)
                return k;
        fail("no key figure " + key);
    }

    /** How many tickets the Inbox shows under a filter. */
    function inboxCount(filter) {
        inbox.filter = filter;
        return inbox.total;
    }

    function test_figuresAndCharts() {
        const page = makePage();
        verify(page.dashboard.error === "", page.dashboard.error);
        const created = kpi(page, "created");
        verify(created.count > 0);
        const series = page.dashboard.volume.series;
        verify(series.length > 0);
        // The bars add up to the tickets received.
        let sum = 0;
        for (const total of page.dashboard.volume.totals)
            sum += total;
        compare(sum, created.count);
        const chart = findChild(page, "volumeChart");
        compare(chart.count, 2); // the stacked bars and the previous period's line
        compare(chart.series(0).count, series.length);
        compare(findChild(page, "backlogChart").series(0).count, page.dashboard.backlog.open.length);
        verify(findChild(page, "timesChart").series(0).count === 2);
        verify(findChild(page, "teamChart").series(0).count === 2);
        verify(page.dashboard.periodText.length > 0);
    }

    function test_keyFiguresOpenTheirTickets() {
        const page = makePage();
        for (const key of ["created", "resolved", "overdue", "forwarded", "duplicates"]) {
            const k = kpi(page, key);
            compare(inboxCount(page.dashboard.inboxFilterForKpi(key)), k.count, key);
        }
        // A click on a tile asks the Inbox for them.
        const tile = findChild(page, "kpi_created");
        verify(tile);
        mouseClick(tile);
        compare(openSpy.count, 1);
        compare(inboxCount(openSpy.signalArguments[0][0]), kpi(page, "created").count);
    }

    function test_barsPointsAndRowsOpenTheirTickets() {
        const page = makePage();
        // Each bar of each key: the tickets received that week (or day) with that key.
        const v = page.dashboard.volume;
        let checked = 0;
        for (const s of v.series) {
            for (let i = 0; i < s.values.length; ++i) {
                if (s.key === "*")
                    continue;
                compare(inboxCount(page.dashboard.inboxFilterForVolume(i, s.key)), s.values[i], s.label + " " + v.labels[i]);
                ++checked;
            }
        }
        verify(checked > 3);
        // The backlog: open at the end of each bucket.
        const b = page.dashboard.backlog;
        for (let i = 0; i < b.open.length; ++i)
            compare(inboxCount(page.dashboard.inboxFilterForBacklog(i)), b.open[i], "backlog " + b.labels[i]);
        // Times: the tickets resolved in the period, per key.
        for (const row of page.dashboard.times)
            compare(inboxCount(page.dashboard.inboxFilterForTimes(row.key)), row.resolved, row.label);
        // Teams: open now, and late.
        for (const t of page.dashboard.teams) {
            compare(inboxCount(page.dashboard.inboxFilterForTeam(t.key, false)), t.open, t.label);
            compare(inboxCount(page.dashboard.inboxFilterForTeam(t.key, true)), t.overdue, t.label);
        }
    }

    function test_clickABar() {
        const page = makePage();
        const chart = findChild(page, "volumeChart");
        const bars = chart.series(0);
        // The bottom segment of the bar where the first key has the most tickets: the first key's.
        const first = page.dashboard.volume.series[0];
        const index = first.values.indexOf(Math.max(...first.values));
        verify(first.values[index] > 0);
        const at = chart.mapToPosition(Qt.point(index, first.values[index] / 2), bars);
        mouseClick(chart, at.x, at.y);
        tryCompare(openSpy, "count", 1);
        compare(inboxCount(openSpy.signalArguments[0][0]), first.values[index]);
    }

    function test_filtersChangeEveryFigure() {
        const page = makePage();
        const all = kpi(page, "created").count;
        const category = page.dashboard.times[0].key; // the category resolved most
        page.dashboard.category = category;
        tryVerify(() => kpi(page, "created").count < all);
        compare(kpi(page, "created").count, inboxCount({ "from": "2026-06-01", "to": "2026-06-30", "categories": [category] }));
        for (const t of page.dashboard.times)
            compare(t.key, category);
        page.dashboard.category = "";
        page.dashboard.setPeriod("lastYear"); // 2025: before the test city
        tryVerify(() => !page.dashboard.busy && kpi(page, "created").count === 0);
        compare(page.dashboard.volume.totals.reduce((a, n) => a + n, 0), 0);
        compare(page.dashboard.times.length, 0);
        verify(page.dashboard.error === "");
    }

    /** Filters changed faster than the figures come: what is shown is for the last ones. */
    function test_quickChangesShowTheLast() {
        const page = makePage();
        const drawn = page.drawnUpdates;
        const categories = page.dashboard.times.map(t => t.key);
        verify(categories.length > 1);
        for (const c of categories)
            page.dashboard.category = c;
        page.dashboard.setFilters({ "category": categories[0], "from": "2026-05-01", "to": "2026-06-30" });
        verify(page.dashboard.busy);
        tryVerify(() => !page.dashboard.busy);
        verify(page.drawnUpdates > drawn);
        compare(kpi(page, "created").count, inboxCount({ "from": "2026-05-01", "to": "2026-06-30", "categories": [categories[0]] }));
        compare(page.dashboard.volume.totals.reduce((a, n) => a + n, 0), kpi(page, "created").count);
        for (const t of page.dashboard.times)
            compare(t.key, categories[0]);
        verify(page.dashboard.error === "");
    }

    function test_exports() {
        const page = makePage();
        const dir = page.dashboard.suggestedFile("rapport", "pdf").toString();
        verify(dir.startsWith("file://") && dir.endsWith("lanterne-rapport-2026-06-01-2026-06-30.pdf"), dir);
        // A folder that does not exist: an error that says where, nothing written.
        exportSpy.target = page.dashboard;
        exportSpy.clear();
        page.dashboard.startExport("chiffres", "file:///nonexistent-folder/figures.csv");
        tryCompare(exportSpy, "count", 1, 20000);
        const error = exportSpy.signalArguments[0][0];
        verify(error.indexOf("/nonexistent-folder/figures.csv") >= 0, error);
        exportSpy.clear();
        page.dashboard.startExport("pdf", "file:///nonexistent-folder/r.pdf");
        tryCompare(exportSpy, "count", 1, 20000);
        verify(exportSpy.signalArguments[0][0].length > 0);
    }

    SignalSpy {
        id: exportSpy
        signalName: "exported"
    }

    function test_exports_off_the_gui_thread() {
        const page = makePage();
        exportSpy.target = page.dashboard;
        // The PDF report, written by the export thread: busy meanwhile, then said.
        exportSpy.clear();
        page.dashboard.startExport("pdf", "file://" + testTempDir + "/rapport.pdf");
        verify(page.dashboard.exporting);
        tryCompare(exportSpy, "count", 1, 20000);
        verify(!page.dashboard.exporting);
        compare(exportSpy.signalArguments[0][0], "");
        compare(exportSpy.signalArguments[0][1], testTempDir + "/rapport.pdf");
        exportSpy.clear();
        page.dashboard.startExport("chiffres", "file://" + testTempDir + "/chiffres.csv");
        tryCompare(exportSpy, "count", 1, 20000);
        compare(exportSpy.signalArguments[0][0], "");
        // A folder that does not exist: the error says where.
        exportSpy.clear();
        page.dashboard.startExport("signalements", "file:///nonexistent-folder/t.csv");
        tryCompare(exportSpy, "count", 1, 20000);
        verify(exportSpy.signalArguments[0][0].indexOf("/nonexistent-folder/t.csv") >= 0, exportSpy.signalArguments[0][0]);
        verify(!page.dashboard.exporting);
    }
}
