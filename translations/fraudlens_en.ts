<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertStatus</name>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="11"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="13"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="15"/>
        <source>Confirmed fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="17"/>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="19"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <location filename="../ui/case_report.cpp" line="164"/>
        <location filename="../ui/case_report.cpp" line="177"/>
        <source>Case report: alert #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="170"/>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="188"/>
        <source>(no analyst name set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="192"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="193"/>
        <source>entry %1, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="194"/>
        <source>Alert #%1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="195"/>
        <source>FraudLens case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="197"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="197"/>
        <location filename="../ui/case_report.cpp" line="240"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="198"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="199"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="200"/>
        <source>Audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="210"/>
        <location filename="../ui/case_report.cpp" line="211"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="211"/>
        <source>ring #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="212"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="213"/>
        <source>Why the account was flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="214"/>
        <location filename="../ui/case_report.cpp" line="244"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="215"/>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="216"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="217"/>
        <source>Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="218"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="219"/>
        <source>Raised (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="220"/>
        <source>Last changed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="221"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="222"/>
        <location filename="../ui/case_report.cpp" line="299"/>
        <source>Flagged transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="223"/>
        <source>Reasons, strongest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="225"/>
        <source>The alert records no reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="234"/>
        <location filename="../ui/case_report.cpp" line="243"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="237"/>
        <source>The account is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="240"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="244"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="244"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="245"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="246"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="247"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="248"/>
        <source>Total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="249"/>
        <source>First transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="250"/>
        <source>Last transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="251"/>
        <source>Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="251"/>
        <location filename="../ui/case_report.cpp" line="312"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_report.cpp" line="254"/>
        <source>ring #%1: score %2, %n account(s)</source>
        <translation>
            <numerusform>ring #%1: score %2, %n account</numerusform>
            <numerusform>ring #%1: score %2, %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="256"/>
        <source>Strongest ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="271"/>
        <source>Shared with other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="272"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="272"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="272"/>
        <source>Other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="277"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="279"/>
        <source>The account has no transactions to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="283"/>
        <source>Amounts and risk of the account over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="285"/>
        <source>Amounts over time on the left axis, fused risk from 0 to 1 on the right; large red markers are the transactions this alert flagged, shaded hours had a burst of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="290"/>
        <source>The chart shows the newest %1 of %2 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="301"/>
        <source>The alert lists no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <location filename="../ui/case_report.cpp" line="326"/>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="310"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="320"/>
        <source>Decisions and audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="322"/>
        <source>No decision on this alert or account has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="323"/>
        <source>Every entry about this alert or its account in the audit log, oldest first, with the hash that chains it to the entries before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="332"/>
        <source>hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="339"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="341"/>
        <source>No notes have been written on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="344"/>
        <source>alert #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="344"/>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="348"/>
        <source>(withdrawn by an undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="365"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="375"/>
        <source>(an undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="377"/>
        <source>(a redo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="10"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="12"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="14"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="16"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="18"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message numerus="yes">
        <location filename="../ui/graph_edge_item.cpp" line="26"/>
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="172"/>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="173"/>
        <source>Highest risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="174"/>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="175"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="175"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="177"/>
        <source>Confirmed fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="179"/>
        <source>Member of ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="180"/>
        <source>Double-click to open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="183"/>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="186"/>
        <source>IP address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="189"/>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="192"/>
        <source>E-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="195"/>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="198"/>
        <source>Merchant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph_node_item.cpp" line="201"/>
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Used by %n account</numerusform>
            <numerusform>Used by %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStage</name>
    <message>
        <location filename="../ui/import_stage.cpp" line="10"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_stage.cpp" line="12"/>
        <source>Reading rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_stage.cpp" line="14"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <location filename="../ui/listen_address.cpp" line="44"/>
        <source>Write an IPv6 address in brackets followed by the port, as [::1]:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="49"/>
        <source>Write an IPv6 address in brackets, as [::1]:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="54"/>
        <source>The address has no host before the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="56"/>
        <source>“%1” is not an IP address: give one of this machine&apos;s addresses, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="62"/>
        <source>“%1” is not a port: give a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWorker</name>
    <message>
        <location filename="../ui/live_worker.cpp" line="53"/>
        <source>Live monitoring failed: %1. Every transaction counted so far is stored; those acknowledged since wait in the session&apos;s journal and are stored when live monitoring starts again on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="55"/>
        <source>Live monitoring could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="65"/>
        <source>This database has never been scored, and live monitoring scores with the last run&apos;s models: run “Train and score” in the Models view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="76"/>
        <source>The last scoring run&apos;s models cannot be used: %1. Run “Train and score” in the Models view again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="84"/>
        <source>Live monitoring stopped before the first transaction: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="102"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="104"/>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="106"/>
        <source>no input for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="108"/>
        <source>transaction limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="111"/>
        <source>Live monitoring ended (%1): %2 transactions stored in %3 s (%4 per second), %5 alerts raised, %6 updated, %7 blocked, %8 bad lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <location filename="../ui/mapping_profiles.cpp" line="53"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_profiles.cpp" line="55"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_profiles.cpp" line="57"/>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../ui/part_file.cpp" line="22"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountHeader</name>
    <message>
        <location filename="../ui/account_header.cpp" line="51"/>
        <source>Show this ring in the network view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="83"/>
        <source>Age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="83"/>
        <source>Age: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="85"/>
        <source>Since %1, up to the latest transaction in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="89"/>
        <source>%n transaction(s), %1 in total</source>
        <translation>
            <numerusform>%n transaction, %1 in total</numerusform>
            <numerusform>%n transactions, %1 in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="91"/>
        <source>Highest risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="92"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="95"/>
        <source>Open alert #%1: %2, priority %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="100"/>
        <source>No open alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="105"/>
        <source>Ring #%1: %n account(s), score %2 ›</source>
        <translation>
            <numerusform>Ring #%1: %n account, score %2 ›</numerusform>
            <numerusform>Ring #%1: %n accounts, score %2 ›</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="112"/>
        <source>No account shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="124"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="124"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="135"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="137"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="139"/>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="141"/>
        <source>confirmed fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="143"/>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="150"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="151"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountHistoryList</name>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="66"/>
        <source>Older entries are in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="78"/>
        <source>Account frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="80"/>
        <source>Account unfrozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="83"/>
        <source>Alert #%1 status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="85"/>
        <source>Alert #%1 assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="87"/>
        <source>Alert #%1 raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="88"/>
        <source>Alert #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="96"/>
        <source>Note on alert #%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="97"/>
        <source>Note on alert #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="98"/>
        <source>Note (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountTransactionsModel</name>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="98"/>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="111"/>
        <location filename="../ui/account_transactions_model.cpp" line="173"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="159"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="161"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="163"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="165"/>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="167"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="169"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="171"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountView</name>
    <message>
        <location filename="../ui/account_view.cpp" line="54"/>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="59"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="88"/>
        <source>Go to account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="96"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="100"/>
        <source>Case report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="105"/>
        <source>Case report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="171"/>
        <source>Linked entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="172"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="213"/>
        <source>The account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="226"/>
        <source>Account #%1 is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="259"/>
        <source>Showing the newest %1 of %2 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="289"/>
        <source>Open an account from the alert queue, or go to one by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="311"/>
        <source>No account has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="315"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="325"/>
        <source>Freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="325"/>
        <source>Unfreeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="329"/>
        <source>A reason is required: %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="341"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="376"/>
        <source>Unfreeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="376"/>
        <source>Freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="379"/>
        <source>Auditor mode: decisions are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="383"/>
        <source>Save alert #%1 of this account as a PDF or HTML case report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="384"/>
        <source>This account has no alert to report on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertDetailPane</name>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="47"/>
        <source>Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="48"/>
        <source>Flagged transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="49"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="50"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="66"/>
        <source>Select an alert to see why it was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="76"/>
        <source>Alert %1 is no longer in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="84"/>
        <source>Could not read this alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="94"/>
        <source>Alert %1 on account %2 (frozen): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="95"/>
        <source>Alert %1 on account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="97"/>
        <location filename="../ui/alert_detail_pane.cpp" line="99"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="103"/>
        <source>No reasons recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertFilterBar</name>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="42"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="46"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="47"/>
        <source>Open alerts are new, in review or escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="51"/>
        <location filename="../ui/alert_filter_bar.cpp" line="70"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="60"/>
        <source>Lowest risk shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="63"/>
        <source>Highest risk shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="71"/>
        <source>In a ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="72"/>
        <source>Ring number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="80"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="92"/>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="93"/>
        <source>Risk from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="94"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="95"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertQueueView</name>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="37"/>
        <source>Alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="83"/>
        <source>Case report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="108"/>
        <source>Could not read the alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="165"/>
        <source>Next alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="167"/>
        <source>Previous alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="169"/>
        <source>Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="173"/>
        <source>Case report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="179"/>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="181"/>
        <source>Confirm fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="183"/>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="185"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="187"/>
        <source>Freeze account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="189"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="270"/>
        <source>1 alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="270"/>
        <source>%1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_queue_view.cpp" line="301"/>
        <source>%n selected alert(s) were still loading and were left as they were.</source>
        <translation>
            <numerusform>%n selected alert was still loading and was left as it was.</numerusform>
            <numerusform>%n selected alerts were still loading and were left as they were.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="353"/>
        <source>Only new alerts can be taken into review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="354"/>
        <source>The selected alerts already have that status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="372"/>
        <source>The selected accounts are frozen already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="376"/>
        <source>Why freeze account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="377"/>
        <source>Why freeze these %1 accounts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="395"/>
        <source>Note on account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="396"/>
        <source>Note on these %1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertTableModel</name>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="50"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="51"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="52"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="53"/>
        <source>Top reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="54"/>
        <source>Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="55"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="57"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="58"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="332"/>
        <source>Account %1 is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_table_model.cpp" line="365"/>
        <source>%n min</source>
        <comment>age of an alert</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_table_model.cpp" line="367"/>
        <source>%n h</source>
        <comment>age of an alert</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_table_model.cpp" line="368"/>
        <source>%n d</source>
        <comment>age of an alert</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="380"/>
        <source>Risk, raised for high-severity rule hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="382"/>
        <source>Highest fused risk among the flagged transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="384"/>
        <source>Time since the alert was raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditDetailsPane</name>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="67"/>
        <source>Reading the entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="67"/>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="73"/>
        <source>Entry #%1, %2: %3 on %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="89"/>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="90"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="107"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="108"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="109"/>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="110"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="111"/>
        <source>Search targets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="254"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="298"/>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="299"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="300"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="301"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="302"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="303"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditView</name>
    <message>
        <location filename="../ui/audit_view.cpp" line="109"/>
        <location filename="../ui/audit_view.cpp" line="175"/>
        <source>Could not read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="187"/>
        <location filename="../ui/audit_view.cpp" line="350"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="233"/>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="241"/>
        <source>Chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="246"/>
        <source>Broken at entry #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="254"/>
        <source>Could not verify the audit chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="302"/>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="303"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="314"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="319"/>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="327"/>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="346"/>
        <source>Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="347"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::BudgetPanel</name>
    <message>
        <location filename="../ui/budget_panel.cpp" line="13"/>
        <source>Alert budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="22"/>
        <source>Share of all transactions an alert budget would flag, riskiest first. The budget scoring runs use is set in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="58"/>
        <source>Budget %1 %: no scores yet. Train and score to see what it would flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="64"/>
        <source>Budget %1 %: %2 transactions flagged. No labels in this data, so precision and recall are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="70"/>
        <source>Budget %1 %: %2 transactions flagged, expected precision %3, recall %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::CaseActions</name>
    <message>
        <location filename="../ui/alert_status_command.cpp" line="17"/>
        <source>%1: alert #%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alert_status_command.cpp" line="21"/>
        <source>%1 alerts → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="54"/>
        <location filename="../ui/alert_status_command.cpp" line="48"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_command.cpp" line="19"/>
        <source> (%1 not changed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="49"/>
        <source>A decision is still being written; undo when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="59"/>
        <source>A decision is still being written; redo when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="68"/>
        <location filename="../ui/case_actions.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="73"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="86"/>
        <location filename="../ui/case_actions.cpp" line="91"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="91"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="118"/>
        <source>Auditor mode: decisions are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="118"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="159"/>
        <source>Freezing an account needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="159"/>
        <source>Unfreezing an account needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="170"/>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="13"/>
        <source>Freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="14"/>
        <source>Unfreeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="16"/>
        <source>Freeze %n account(s)</source>
        <translation>
            <numerusform>Freeze %n account</numerusform>
            <numerusform>Freeze %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="16"/>
        <source>Unfreeze %n account(s)</source>
        <translation>
            <numerusform>Unfreeze %n account</numerusform>
            <numerusform>Unfreeze %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="22"/>
        <source>%1 frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="23"/>
        <source>%1 unfrozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="25"/>
        <source>%n account(s) frozen</source>
        <translation>
            <numerusform>%n account frozen</numerusform>
            <numerusform>%n accounts frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="25"/>
        <source>%n account(s) unfrozen</source>
        <translation>
            <numerusform>%n account unfrozen</numerusform>
            <numerusform>%n accounts unfrozen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/note_command.cpp" line="13"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/note_command.cpp" line="14"/>
        <source>Note on %n account(s)</source>
        <translation>
            <numerusform>Note on %n account</numerusform>
            <numerusform>Note on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/note_command.cpp" line="33"/>
        <source>Undone: %n note(s) withdrawn</source>
        <translation>
            <numerusform>Undone: %n note withdrawn</numerusform>
            <numerusform>Undone: %n notes withdrawn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/note_command.cpp" line="47"/>
        <source>Note added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/note_command.cpp" line="48"/>
        <source>Note added to %n account(s)</source>
        <translation>
            <numerusform>Note added to %n account</numerusform>
            <numerusform>Note added to %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/note_command.cpp" line="32"/>
        <source>Undone: note on %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::CaseReportExporter</name>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="34"/>
        <source>A case report is saved as PDF (.pdf) or HTML (.html), not as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="39"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="46"/>
        <source>The case of alert #%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="82"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="85"/>
        <source>Save case report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::CsvPreviewLoader</name>
    <message>
        <location filename="../ui/csv_preview_loader.cpp" line="40"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csv_preview_loader.cpp" line="44"/>
        <source>%1 is empty: a header row naming the columns is expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="187"/>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="189"/>
        <source>of %1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="192"/>
        <source>%1 % of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="194"/>
        <source>accounts with an alert confirmed as fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="220"/>
        <source>%1: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="223"/>
        <source>Latest scoring run #%1 finished %2 on %3 in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="227"/>
        <source>%1 burst hours on the platform, %2 merchant bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="231"/>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="233"/>
        <source>Score the data to find bursts and raise alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="266"/>
        <source>No labels in this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="268"/>
        <source>Score the data to measure the detectors against its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="283"/>
        <source>Could not load the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="309"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="310"/>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="311"/>
        <source>Frozen accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="312"/>
        <location filename="../ui/dashboard_view.cpp" line="329"/>
        <source>Confirmed fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="313"/>
        <source>Open alerts by detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="314"/>
        <source>Alerts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="315"/>
        <source>Detectors against the labels (AUPRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="323"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="325"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="327"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="331"/>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="338"/>
        <source>Fused risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="340"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="342"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="344"/>
        <source>Rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="346"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="348"/>
        <source>Bursts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::DemoBuilder</name>
    <message>
        <location filename="../ui/demo_builder.cpp" line="83"/>
        <source>Preparing the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="85"/>
        <source>Another job is running (%1). Open the demo when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="100"/>
        <source>The demo database is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="113"/>
        <location filename="../ui/demo_builder.cpp" line="124"/>
        <source>Demo cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="134"/>
        <source>Scoring the demo was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="138"/>
        <source>Demo ready: %1 transactions scored, %2 alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::DetectorMetricsModel</name>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="27"/>
        <source>Fused risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="29"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="31"/>
        <source>Sequence model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="33"/>
        <source>Rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="35"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="37"/>
        <source>Bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="108"/>
        <source>Area under the ROC curve: 0.5 is chance, 1 is a perfect ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="110"/>
        <source>Average precision: how much of what ranks high is fraud, over all recall levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="112"/>
        <source>Share of fraud among the 100 riskiest labelled transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="114"/>
        <source>Share of all labelled fraud among the riskiest 1 % of labelled transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="123"/>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="125"/>
        <source>AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="127"/>
        <source>AUPRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="129"/>
        <source>Precision at 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="131"/>
        <source>Recall at 1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::FeedbackPanel</name>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="32"/>
        <source>Feedback loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="34"/>
        <source>Learn from decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="36"/>
        <source>Fit the fusion&apos;s weights to the confirmed and dismissed alerts, then score again with the current models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="71"/>
        <source>%1 decided alerts: %2 confirmed fraud, %3 false positives. Learning needs at least %4, with both outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="91"/>
        <source>Learning from decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="95"/>
        <source>Learning from decisions changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="97"/>
        <source>Learned new fusion weights from %1 decided alerts and scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="102"/>
        <source>Learning from decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="113"/>
        <location filename="../ui/feedback_panel.cpp" line="160"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="115"/>
        <source>Learning from decisions failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="123"/>
        <source>Decided transactions ranked with average precision %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="125"/>
        <source>Fused AUPRC on the labelled data: %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="136"/>
        <source>Learned from %1 decided alerts and scored again as run #%2. New weights: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="142"/>
        <source>Not enough decisions yet: %1 decided alerts, at least %2 are needed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="146"/>
        <source>All %1 decided alerts have the same outcome: both confirmed fraud and false positives are needed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="151"/>
        <source>The decided alerts flag %1 confirmed and %2 dismissed transactions; at least 10 of each are needed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="156"/>
        <source>Kept the current weights: the learned ones would rank the analysts&apos; decisions worse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::HourlyVolumeChart</name>
    <message>
        <location filename="../ui/hourly_volume_chart.cpp" line="113"/>
        <source>Transactions per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hourly_volume_chart.cpp" line="114"/>
        <source>Burst hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hourly_volume_chart.cpp" line="130"/>
        <source>%1: %2 transactions, %3 expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/import_file_page.cpp" line="30"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="36"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="45"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="46"/>
        <source>Pick the CSV file of transactions and the database to import it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="49"/>
        <source>&amp;CSV file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="53"/>
        <location filename="../ui/import_file_page.cpp" line="73"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="59"/>
        <source>Import into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="63"/>
        <source>The open database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="65"/>
        <source>The open database (none is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="68"/>
        <source>A database file, created if it does not exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="82"/>
        <location filename="../ui/import_file_page.cpp" line="134"/>
        <source>Choose a file to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="134"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="149"/>
        <source>This file cannot be read as CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_file_page.cpp" line="152"/>
        <source>The first %n row(s) of %1, %2 columns, separated by %3:</source>
        <translation>
            <numerusform>The first %n row of %1, %2 columns, separated by %3:</numerusform>
            <numerusform>The first %n rows of %1, %2 columns, separated by %3:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="165"/>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="166"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="181"/>
        <source>Database to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="182"/>
        <source>FraudLens databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="51"/>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="52"/>
        <source>Say which column holds each field. Fields marked * are required; the rest make the detectors sharper when the file has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="56"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="60"/>
        <source>Save as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="62"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="64"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="68"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="71"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="88"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="93"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="167"/>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="178"/>
        <source>Guessed from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="181"/>
        <source>Built-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="184"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="206"/>
        <source>The saved profile &quot;%1&quot; is not a valid mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="209"/>
        <source>The saved profile &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="245"/>
        <source>%1 (not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="291"/>
        <source>Also kept as model features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="295"/>
        <source>Map the required fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="297"/>
        <source>This file has no column named %1: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="302"/>
        <source>The mapping is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="319"/>
        <location filename="../ui/import_mapping_page.cpp" line="325"/>
        <location filename="../ui/import_mapping_page.cpp" line="328"/>
        <source>Save mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="319"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="328"/>
        <source>Replace the saved profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="344"/>
        <source>Delete mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="344"/>
        <source>Delete the saved profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportRunPage</name>
    <message>
        <location filename="../ui/import_run_page.cpp" line="29"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="30"/>
        <source>The rows are stored in one transaction: all of them, or none if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="40"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="42"/>
        <source>Start import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="44"/>
        <source>&amp;Score now: run the detectors and build the alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="99"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="112"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="121"/>
        <source>Another job is running (%1). The import starts when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="134"/>
        <source>Importing %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="156"/>
        <location filename="../ui/import_run_page.cpp" line="159"/>
        <source>The import was cancelled; %1 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="157"/>
        <source>The import failed: %1
%2 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="161"/>
        <source>%1 already holds this file (import #%2); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="164"/>
        <source>%1 of %2 rows were rejected, so nothing was stored. Check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="168"/>
        <source>Stored %1 rows in %2 as import #%3, with %4 new accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="173"/>
        <source>%1 rejected rows were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="187"/>
        <source>Imported %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="191"/>
        <source>Import refused: %1 rows rejected; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="193"/>
        <source>Import refused: the file was already imported; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="197"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportValidationPage</name>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="29"/>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="30"/>
        <source>Every row is read and checked against the mapping. Nothing is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="44"/>
        <source>Import it again anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="59"/>
        <source>Save reject report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="85"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="97"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="145"/>
        <source>The file cannot be imported with this mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="147"/>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="149"/>
        <source>%1 rows ok, none rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="151"/>
        <source>%1 rows ok, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="156"/>
        <source>The first %1 of %2 rejected rows; the reject report lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="158"/>
        <source>Every rejected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="163"/>
        <source>Import the %1 good rows and leave out the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="169"/>
        <source>%1 already holds this file: import #%2 (%3, %4 rows stored, finished %5 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="185"/>
        <source>Save reject report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="186"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="197"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="203"/>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="205"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportWizard</name>
    <message>
        <location filename="../ui/import_wizard.cpp" line="14"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LinkedEntitiesList</name>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="17"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="17"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="17"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="35"/>
        <source>not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/linked_entities_list.cpp" line="35"/>
        <source>shared with %n other account(s)</source>
        <translation>
            <numerusform>shared with %n other account</numerusform>
            <numerusform>shared with %n other accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LiveDialog</name>
    <message>
        <location filename="../ui/live_dialog.cpp" line="36"/>
        <source>Live monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="38"/>
        <source>&amp;Follow a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="42"/>
        <source>A CSV or JSON-lines file that grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="45"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="46"/>
        <source>Read the lines already in the file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="48"/>
        <source>Otherwise only lines appended from now on are scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="50"/>
        <source>&amp;Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="55"/>
        <source>[HOST:]PORT. Senders write one JSON object per line and get an answer per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="66"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="127"/>
        <source>Follow a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="128"/>
        <source>Transactions (*.csv *.jsonl *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="150"/>
        <source>%1 can be reached from the network: anyone who can connect can store transactions, and there is no password. Keep to 127.0.0.1 unless senders on other machines need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LiveMonitor</name>
    <message>
        <location filename="../ui/live_monitor.cpp" line="57"/>
        <source>Live monitoring is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="59"/>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="61"/>
        <source>Live monitoring stores transactions, and auditor mode changes nothing: leave auditor mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="64"/>
        <source>Live monitoring cannot start while “%1” writes to the database: start it once that job is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="76"/>
        <source>Choose the file to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="81"/>
        <source>Cannot follow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="86"/>
        <source>Waiting for %1 to appear, then following it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="88"/>
        <source>Following %1 from its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="90"/>
        <source>Following what is appended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="101"/>
        <source>Cannot listen on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="108"/>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="113"/>
        <source>Listening on %1 for JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="114"/>
        <source>Listening on %1 for JSON lines, reachable from the network: anyone who can connect can store transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="180"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="181"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LivePanel</name>
    <message>
        <location filename="../ui/live_panel.cpp" line="33"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="36"/>
        <source>Score transactions as they arrive, from a growing file or a TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="80"/>
        <source>Live: stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="111"/>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="122"/>
        <source>Live: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="134"/>
        <source>Live: loading the models… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="138"/>
        <source>Live: %1 tx/s · %2 alerts/min · %3 stored · %4 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="150"/>
        <source>Last bad lines:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96"/>
        <source>Live: high-risk alert on %1 (risk %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="97"/>
        <source>Live: %1 high-risk alerts, the riskiest on %2 (risk %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="129"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>&amp;Close database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>A&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>Auditor mode (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;About FraudLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>About FraudLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="191"/>
        <source>FraudLens %1: e-commerce fraud and anomaly investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="213"/>
        <source>Stop the background job; the previous results stay as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Cancelled: the previous results stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>The background job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>The background job failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272"/>
        <source>1 new high-risk alert to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>%1 new high-risk alerts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <location filename="../ui/main_window.cpp" line="443"/>
        <source>FraudLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>FraudLens databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="358"/>
        <source>%1 transactions · %2 accounts · %3 frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="321"/>
        <source>The audit log does not verify: open Audit → Verify integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442"/>
        <source>FraudLens – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source> (auditor mode, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="456"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <source>%1 is still running. Stop it and quit? Its work so far is discarded; stored data stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ModelsView</name>
    <message>
        <location filename="../ui/models_view.cpp" line="31"/>
        <source>Detection quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="106"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="155"/>
        <source>Not scored yet: train and score to measure the detectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="162"/>
        <source>No labels in this data: metrics need labelled transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="166"/>
        <source>Measured against %1 labelled fraud transactions among %2 scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="184"/>
        <source>Could not measure the detectors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="208"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::NetworkLegend</name>
    <message>
        <location filename="../ui/network_legend.cpp" line="41"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="42"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="43"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="44"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="45"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="46"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="47"/>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="48"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="49"/>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="50"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="51"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="52"/>
        <source>Confirmed fraud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::NetworkView</name>
    <message>
        <location filename="../ui/network_view.cpp" line="40"/>
        <location filename="../ui/network_view.cpp" line="169"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="68"/>
        <location filename="../ui/network_view.cpp" line="313"/>
        <source>Expand neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="69"/>
        <source>Add the selected node&apos;s neighbours to the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="72"/>
        <source>Fit to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="73"/>
        <source>Show the whole picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="156"/>
        <source>Pick a ring on the left, or open an account&apos;s network from its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="203"/>
        <source>Reading the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="228"/>
        <source>The network could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="253"/>
        <source>The picture changed while its neighbours were read; expand the node again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="255"/>
        <source>Every neighbour of this node is already shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="264"/>
        <source>The neighbours could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="288"/>
        <source>The accounts could not be re-read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="302"/>
        <source>Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="305"/>
        <source>Show this account&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="309"/>
        <source>Show ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="334"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/network_view.cpp" line="343"/>
        <source>Ring %1 · score %2 · %n account(s)</source>
        <translation>
            <numerusform>Ring %1 · score %2 · %n account</numerusform>
            <numerusform>Ring %1 · score %2 · %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/network_view.cpp" line="344"/>
        <source>Ring %1 · %n account(s)</source>
        <translation>
            <numerusform>Ring %1 · %n account</numerusform>
            <numerusform>Ring %1 · %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="350"/>
        <source>Network of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="352"/>
        <source>Nodes: %1 · Links: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="357"/>
        <source>Some neighbours are left out to keep the picture readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/network_view.cpp" line="359"/>
        <source>%n entities shared by more than %1 accounts are left out.</source>
        <translation>
            <numerusform>%n entity shared by more than %1 accounts is left out.</numerusform>
            <numerusform>%n entities shared by more than %1 accounts are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::PrCurveChart</name>
    <message>
        <location filename="../ui/pr_curve_chart.cpp" line="76"/>
        <source>Precision and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pr_curve_chart.cpp" line="77"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pr_curve_chart.cpp" line="78"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RingListModel</name>
    <message numerus="yes">
        <location filename="../ui/ring_list_model.cpp" line="68"/>
        <source>Ring %1: %n account(s), density %2</source>
        <translation>
            <numerusform>Ring %1: %n account, density %2</numerusform>
            <numerusform>Ring %1: %n accounts, density %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="80"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="82"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="84"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="86"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="95"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="102"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="104"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="106"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="108"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="110"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="112"/>
        <source>merchant burst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RingListPanel</name>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="49"/>
        <source>Rings of the latest scoring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="73"/>
        <source>No rings: run scoring to look for accounts tied by shared entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="75"/>
        <source>The %1 highest-scoring rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="86"/>
        <source>The rings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RuleForm</name>
    <message>
        <location filename="../ui/rule_form.cpp" line="20"/>
        <source>e.g. large_amount_new_device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="23"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="24"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="25"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="26"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="30"/>
        <source>e.g. amount &gt; 5 * acct_median_amount and new_device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="33"/>
        <source>Why the rule exists, for the analyst who reads an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="49"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="50"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="107"/>
        <source>A rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="109"/>
        <source>Write the condition the rule tests, e.g. amount &gt; 1000 and new_device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="116"/>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RulesEditor</name>
    <message>
        <location filename="../ui/rules_editor.cpp" line="48"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="65"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="66"/>
        <source>Add as new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="67"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="69"/>
        <source>The audit log keeps the removed rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="70"/>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="71"/>
        <source>Replay every rule over the stored transactions: hits and, with labels, precision and recall. Disabled rules are measured too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="131"/>
        <source>Could not read the rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="183"/>
        <source>Added rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="195"/>
        <source>Saved rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="205"/>
        <source>Removed rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="212"/>
        <source>Enabled rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="212"/>
        <source>Disabled rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="221"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="247"/>
        <source>Backtesting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="254"/>
        <source>Backtested %1 rules over %2 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="261"/>
        <source>Backtesting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="272"/>
        <source>Backtest cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="274"/>
        <source>The backtest failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="285"/>
        <source>Backtest over %1 transactions (%2 labelled fraud): the enabled rules together hit %3, precision %4, recall %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="290"/>
        <source>Backtest over %1 transactions: the enabled rules together hit %2. No labels in this data, so precision and recall are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RulesTableModel</name>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="13"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="15"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="17"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="123"/>
        <source>cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="197"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="199"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="201"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="203"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="205"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="207"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="209"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ScreenshotDirector</name>
    <message>
        <location filename="../ui/screenshot_director.cpp" line="47"/>
        <source>the view did not finish loading within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshot_director.cpp" line="107"/>
        <source>the database has no alerts to show an account from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="29"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>The new language takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="41"/>
        <source>Show a &amp;notification when a long job finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="46"/>
        <source>Case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="50"/>
        <source>Recorded in the audit log with every decision you take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="51"/>
        <source>&amp;Analyst name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="52"/>
        <source>&amp;Auditor mode: browse only, take no decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="57"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="61"/>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="62"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="63"/>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="64"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="68"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="69"/>
        <source>CPU &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="72"/>
        <source>Alert &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="79"/>
        <source> % of transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="80"/>
        <source>Risk &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="94"/>
        <source>Alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="95"/>
        <source>Applies to the next scoring run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="123"/>
        <source>Enter an analyst name: every decision is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::StartPage</name>
    <message>
        <location filename="../ui/start_page.cpp" line="36"/>
        <source>FraudLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="43"/>
        <source>Find, explain and work the suspicious transactions, accounts and rings in your e-commerce data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="51"/>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="54"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="57"/>
        <source>Open demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="60"/>
        <source>Build (once) and score a labelled demo data set, then open its alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="68"/>
        <source>Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="133"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="133"/>
        <source>%1 — %2 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="145"/>
        <source>No recent databases yet: open one, import a CSV file, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="151"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="152"/>
        <source>FraudLens databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="162"/>
        <source>%1 is no longer there. Press Delete to remove it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="176"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="179"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TimeSeriesChart</name>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="230"/>
        <source>Burst hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="231"/>
        <location filename="../ui/time_series_chart.cpp" line="234"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="232"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="233"/>
        <location filename="../ui/time_series_chart.cpp" line="235"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TimestampSpecEditor</name>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="27"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="28"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="29"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="30"/>
        <source>Detect reads ISO 8601 times and Unix epochs in seconds or milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="36"/>
        <source>strftime-style: %Y year, %m month, %d day, %H hour, %M minute, %S second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="45"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="50"/>
        <source>The moment that the value 0 stands for, in ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/training_panel.cpp" line="48"/>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="50"/>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="52"/>
        <source>of which training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="54"/>
        <source>of which scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="56"/>
        <source>rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="58"/>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="60"/>
        <source>bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="62"/>
        <source>fusion, reasons and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="82"/>
        <location filename="../ui/training_panel.cpp" line="215"/>
        <source>Training and scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="88"/>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="93"/>
        <source>The same seed gives the same scores on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="97"/>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="101"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="102"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="103"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="106"/>
        <source>Train and score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="109"/>
        <source>Train new models on all transactions, then score every transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="110"/>
        <source>Re-score with current models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="112"/>
        <source>Score every transaction again with the latest trained models, e.g. after editing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="119"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="120"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="121"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="122"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="143"/>
        <source>Checking whether CUDA is available…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="173"/>
        <source>Train and score on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="173"/>
        <source>CUDA is not available on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="181"/>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="186"/>
        <source>%1 %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="188"/>
        <source>Latest run #%1 on %2, finished %3. Time per stage: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="215"/>
        <source>Re-scoring with the current models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="219"/>
        <source>Scoring cancelled: the previous results stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="222"/>
        <source>Scored %1 transactions on %2 as run #%3: %4 alerts, %5 rings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TransactionDetails</name>
    <message>
        <location filename="../ui/transaction_details.cpp" line="34"/>
        <source>Transaction %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="37"/>
        <source>Status %1 · device %2 · IP %3 · card %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="41"/>
        <source>Risk %1 · autoencoder %2 · sequence %3 · rings %4 · rules %5 · bursts %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="46"/>
        <source>The data labels it fraud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="46"/>
        <source>The data labels it genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="48"/>
        <source>Part of an alert on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="51"/>
        <source>Not scored yet: run a scoring to see reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="53"/>
        <source>No reasons: no detector found this transaction unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="56"/>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="63"/>
        <source>Select a transaction to see why it scored as it did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace.h" line="101"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
