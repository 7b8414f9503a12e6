<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertStatus</name>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="11"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="13"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="15"/>
        <source>Confirmed fraud</source>
        <translation>确认欺诈</translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="17"/>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/alert_status_label.cpp" line="19"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <location filename="../ui/case_report.cpp" line="164"/>
        <location filename="../ui/case_report.cpp" line="177"/>
        <source>Case report: alert #%1</source>
        <translation>案件报告：告警 #%1</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="170"/>
        <source>the PDF could not be drawn</source>
        <translation>无法绘制 PDF</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="188"/>
        <source>(no analyst name set)</source>
        <translation>（未设置分析师姓名）</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="192"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="193"/>
        <source>entry %1, hash %2</source>
        <translation>条目 %1，哈希值 %2</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="194"/>
        <source>Alert #%1, account %2</source>
        <translation>告警 #%1，账户 %2</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="195"/>
        <source>FraudLens case report</source>
        <translation>FraudLens 案件报告</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="197"/>
        <source>Generated</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="197"/>
        <location filename="../ui/case_report.cpp" line="240"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="198"/>
        <source>By</source>
        <translation>生成人</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="199"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="200"/>
        <source>Audit chain head</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="210"/>
        <location filename="../ui/case_report.cpp" line="211"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="211"/>
        <source>ring #%1</source>
        <translation>欺诈团伙 #%1</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="212"/>
        <source>nobody</source>
        <translation>未分派</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="213"/>
        <source>Why the account was flagged</source>
        <translation>该账户被标记的原因</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="214"/>
        <location filename="../ui/case_report.cpp" line="244"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="215"/>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="216"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="217"/>
        <source>Detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="218"/>
        <source>Ring</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="219"/>
        <source>Raised (UTC)</source>
        <translation>生成时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="220"/>
        <source>Last changed (UTC)</source>
        <translation>最后更改时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="221"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="222"/>
        <location filename="../ui/case_report.cpp" line="299"/>
        <source>Flagged transactions</source>
        <translation>已标记交易</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="223"/>
        <source>Reasons, strongest first</source>
        <translation>原因（按强度从高到低）</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="225"/>
        <source>The alert records no reasons.</source>
        <translation>该告警未记录原因。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="234"/>
        <location filename="../ui/case_report.cpp" line="243"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="237"/>
        <source>The account is no longer in the database.</source>
        <translation>该账户已不在数据库中。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="240"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="244"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="244"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="245"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="246"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="247"/>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="248"/>
        <source>Total amount</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="249"/>
        <source>First transaction</source>
        <translation>首笔交易</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="250"/>
        <source>Last transaction</source>
        <translation>最近一笔交易</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="251"/>
        <source>Highest risk</source>
        <translation>最高风险</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="251"/>
        <location filename="../ui/case_report.cpp" line="312"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_report.cpp" line="254"/>
        <source>ring #%1: score %2, %n account(s)</source>
        <translation>
            <numerusform>欺诈团伙 #%1：评分 %2，%n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="256"/>
        <source>Strongest ring</source>
        <translation>评分最高的欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="271"/>
        <source>Shared with other accounts</source>
        <translation>与其他账户共享</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="272"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="272"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="272"/>
        <source>Other accounts</source>
        <translation>其他账户数</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="277"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="279"/>
        <source>The account has no transactions to chart.</source>
        <translation>该账户没有可绘制图表的交易。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="283"/>
        <source>Amounts and risk of the account over time</source>
        <translation>该账户的金额与风险随时间的变化</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="285"/>
        <source>Amounts over time on the left axis, fused risk from 0 to 1 on the right; large red markers are the transactions this alert flagged, shaded hours had a burst of activity.</source>
        <translation>左轴为金额随时间的变化，右轴为 0 到 1 的融合风险；大号红色标记为此告警标记的交易，阴影部分表示该小时内出现了活动突发。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="290"/>
        <source>The chart shows the newest %1 of %2 transactions.</source>
        <translation>图表显示 %2 笔交易中最新的 %1 笔。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="301"/>
        <source>The alert lists no transactions.</source>
        <translation>该告警未列出任何交易。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <location filename="../ui/case_report.cpp" line="326"/>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="303"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="310"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="320"/>
        <source>Decisions and audit entries</source>
        <translation>决策与审计条目</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="322"/>
        <source>No decision on this alert or account has been recorded.</source>
        <translation>尚未记录关于此告警或账户的任何决策。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="323"/>
        <source>Every entry about this alert or its account in the audit log, oldest first, with the hash that chains it to the entries before it.</source>
        <translation>审计日志中与此告警或其账户相关的所有条目，按时间从早到晚排列，并附有将其与之前条目链接起来的哈希值。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="326"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="332"/>
        <source>hash %1</source>
        <translation>哈希值 %1</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="339"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="341"/>
        <source>No notes have been written on this account.</source>
        <translation>此账户尚无备注。</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>About</source>
        <translation>相关对象</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="342"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="344"/>
        <source>alert #%1</source>
        <translation>告警 #%1</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="344"/>
        <source>the account</source>
        <translation>该账户</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="348"/>
        <source>(withdrawn by an undo)</source>
        <translation>（已因撤销而撤回）</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="365"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="375"/>
        <source>(an undo)</source>
        <translation>（撤销）</translation>
    </message>
    <message>
        <location filename="../ui/case_report.cpp" line="377"/>
        <source>(a redo)</source>
        <translation>（重做）</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="10"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="12"/>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="14"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="16"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/entity_kind_label.cpp" line="18"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message numerus="yes">
        <location filename="../ui/graph_edge_item.cpp" line="26"/>
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="172"/>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="173"/>
        <source>Highest risk: %1</source>
        <translation>最高风险：%1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="174"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="175"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="175"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="177"/>
        <source>Confirmed fraud</source>
        <translation>确认欺诈</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="179"/>
        <source>Member of ring %1</source>
        <translation>欺诈团伙 %1 的成员</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="180"/>
        <source>Double-click to open the account</source>
        <translation>双击打开该账户</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="183"/>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="186"/>
        <source>IP address %1</source>
        <translation>IP 地址 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="189"/>
        <source>Card %1</source>
        <translation>银行卡 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="192"/>
        <source>E-mail %1</source>
        <translation>电子邮箱 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="195"/>
        <source>Address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph_node_item.cpp" line="198"/>
        <source>Merchant %1</source>
        <translation>商户 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph_node_item.cpp" line="201"/>
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>被 %n 个账户使用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStage</name>
    <message>
        <location filename="../ui/import_stage.cpp" line="10"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../ui/import_stage.cpp" line="12"/>
        <source>Reading rows…</source>
        <translation>正在读取行…</translation>
    </message>
    <message>
        <location filename="../ui/import_stage.cpp" line="14"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <location filename="../ui/listen_address.cpp" line="44"/>
        <source>Write an IPv6 address in brackets followed by the port, as [::1]:9000.</source>
        <translation>IPv6 地址请写在方括号内并后接端口，例如 [::1]:9000。</translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="49"/>
        <source>Write an IPv6 address in brackets, as [::1]:9000.</source>
        <translation>IPv6 地址请写在方括号内，例如 [::1]:9000。</translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="54"/>
        <source>The address has no host before the port.</source>
        <translation>该地址在端口前缺少主机。</translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="56"/>
        <source>“%1” is not an IP address: give one of this machine&apos;s addresses, such as 127.0.0.1.</source>
        <translation>“%1”不是 IP 地址：请填写本机的某个地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../ui/listen_address.cpp" line="62"/>
        <source>“%1” is not a port: give a number from 1 to 65535.</source>
        <translation>“%1”不是端口：请填写 1 到 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>LiveWorker</name>
    <message>
        <location filename="../ui/live_worker.cpp" line="53"/>
        <source>Live monitoring failed: %1. Every transaction counted so far is stored; those acknowledged since wait in the session&apos;s journal and are stored when live monitoring starts again on this database.</source>
        <translation>实时监控失败：%1。目前已计数的交易均已保存；此后已确认的交易保存在会话日志中，在此数据库再次启动实时监控时写入。</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="55"/>
        <source>Live monitoring could not start: %1</source>
        <translation>无法启动实时监控：%1</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="65"/>
        <source>This database has never been scored, and live monitoring scores with the last run&apos;s models: run “Train and score” in the Models view first.</source>
        <translation>此数据库从未评分，而实时监控使用最近一次运行的模型评分：请先在“模型”视图中运行“训练并评分”。</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="76"/>
        <source>The last scoring run&apos;s models cannot be used: %1. Run “Train and score” in the Models view again.</source>
        <translation>最近一次评分运行的模型无法使用：%1。请在“模型”视图中重新运行“训练并评分”。</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="84"/>
        <source>Live monitoring stopped before the first transaction: nothing was stored.</source>
        <translation>实时监控在第一笔交易到达前已停止：未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="102"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="104"/>
        <source>end of input</source>
        <translation>输入结束</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="106"/>
        <source>no input for a while</source>
        <translation>一段时间内无输入</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="108"/>
        <source>transaction limit reached</source>
        <translation>已达到交易数上限</translation>
    </message>
    <message>
        <location filename="../ui/live_worker.cpp" line="111"/>
        <source>Live monitoring ended (%1): %2 transactions stored in %3 s (%4 per second), %5 alerts raised, %6 updated, %7 blocked, %8 bad lines.</source>
        <translation>实时监控已结束（%1）：%3 秒内保存了 %2 笔交易（每秒 %4 笔），生成 %5 条告警，更新 %6 条，拦截 %7 笔，错误行 %8 行。</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <location filename="../ui/mapping_profiles.cpp" line="53"/>
        <source>Give the profile a name.</source>
        <translation>请为映射方案命名。</translation>
    </message>
    <message>
        <location filename="../ui/mapping_profiles.cpp" line="55"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>映射方案名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location filename="../ui/mapping_profiles.cpp" line="57"/>
        <source>A profile name cannot contain / or \.</source>
        <translation>映射方案名称不能包含 / 或 \。</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../ui/part_file.cpp" line="22"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountHeader</name>
    <message>
        <location filename="../ui/account_header.cpp" line="51"/>
        <source>Show this ring in the network view</source>
        <translation>在关系网络视图中显示此欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="83"/>
        <source>Age: %1</source>
        <translation>账龄：%1</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="83"/>
        <source>Age: unknown</source>
        <translation>账龄：未知</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="85"/>
        <source>Since %1, up to the latest transaction in the data</source>
        <translation>自 %1 起，至数据中最近一笔交易为止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="89"/>
        <source>%n transaction(s), %1 in total</source>
        <translation>
            <numerusform>%n 笔交易，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="91"/>
        <source>Highest risk: %1</source>
        <translation>最高风险：%1</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="92"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="95"/>
        <source>Open alert #%1: %2, priority %3</source>
        <translation>未结告警 #%1：%2，优先级 %3</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="100"/>
        <source>No open alert</source>
        <translation>无未结告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="105"/>
        <source>Ring #%1: %n account(s), score %2 ›</source>
        <translation>
            <numerusform>欺诈团伙 #%1：%n 个账户，评分 %2 ›</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="112"/>
        <source>No account shown</source>
        <translation>未显示账户</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="124"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="124"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="135"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="137"/>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="139"/>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="141"/>
        <source>confirmed fraud</source>
        <translation>确认欺诈</translation>
    </message>
    <message>
        <location filename="../ui/account_header.cpp" line="143"/>
        <source>false positive</source>
        <translation>误报</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="150"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account_header.cpp" line="151"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountHistoryList</name>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="33"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="66"/>
        <source>Older entries are in the audit log.</source>
        <translation>更早的记录请查看审计日志。</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="78"/>
        <source>Account frozen</source>
        <translation>账户已冻结</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="80"/>
        <source>Account unfrozen</source>
        <translation>账户已解冻</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="83"/>
        <source>Alert #%1 status changed</source>
        <translation>告警 #%1 状态已更改</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="85"/>
        <source>Alert #%1 assigned</source>
        <translation>告警 #%1 已分派</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="87"/>
        <source>Alert #%1 raised</source>
        <translation>告警 #%1 已生成</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="88"/>
        <source>Alert #%1: %2</source>
        <translation>告警 #%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="96"/>
        <source>Note on alert #%1 (withdrawn)</source>
        <translation>告警 #%1 的备注（已撤回）</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="97"/>
        <source>Note on alert #%1</source>
        <translation>告警 #%1 的备注</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="98"/>
        <source>Note (withdrawn)</source>
        <translation>备注（已撤回）</translation>
    </message>
    <message>
        <location filename="../ui/account_history_list.cpp" line="98"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountTransactionsModel</name>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="98"/>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="111"/>
        <location filename="../ui/account_transactions_model.cpp" line="173"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="159"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="161"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="163"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="165"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="167"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="169"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/account_transactions_model.cpp" line="171"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AccountView</name>
    <message>
        <location filename="../ui/account_view.cpp" line="54"/>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="59"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="88"/>
        <source>Go to account…</source>
        <translation>转到账户…</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="96"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="100"/>
        <source>Case report…</source>
        <translation>案件报告…</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="105"/>
        <source>Case report saved to %1.</source>
        <translation>案件报告已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="171"/>
        <source>Linked entities</source>
        <translation>关联实体</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="172"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="213"/>
        <source>The account could not be read: %1</source>
        <translation>无法读取该账户：%1</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="226"/>
        <source>Account #%1 is not in this database.</source>
        <translation>此数据库中没有账户 #%1。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="259"/>
        <source>Showing the newest %1 of %2 transactions.</source>
        <translation>显示 %2 笔交易中最新的 %1 笔。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="289"/>
        <source>Open an account from the alert queue, or go to one by its id.</source>
        <translation>请从告警队列打开账户，或按 ID 转到账户。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="311"/>
        <source>No account has the id “%1”.</source>
        <translation>没有 ID 为“%1”的账户。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="315"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="325"/>
        <source>Freeze %1</source>
        <translation>冻结 %1</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="325"/>
        <source>Unfreeze %1</source>
        <translation>解冻 %1</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="329"/>
        <source>A reason is required: %1 was not changed.</source>
        <translation>必须填写原因：%1 未作更改。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="341"/>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="376"/>
        <source>Unfreeze…</source>
        <translation>解冻…</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="376"/>
        <source>Freeze…</source>
        <translation>冻结…</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="379"/>
        <source>Auditor mode: decisions are disabled.</source>
        <translation>审计员模式：已禁用决策操作。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="383"/>
        <source>Save alert #%1 of this account as a PDF or HTML case report.</source>
        <translation>将此账户的警报 #%1 保存为 PDF 或 HTML 案件报告。</translation>
    </message>
    <message>
        <location filename="../ui/account_view.cpp" line="384"/>
        <source>This account has no alert to report on.</source>
        <translation>此账户没有可报告的警报。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertDetailPane</name>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="47"/>
        <source>Detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="48"/>
        <source>Flagged transactions</source>
        <translation>已标记交易</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="49"/>
        <source>Ring</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="50"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="66"/>
        <source>Select an alert to see why it was raised.</source>
        <translation>选择一条告警以查看其生成原因。</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="76"/>
        <source>Alert %1 is no longer in the queue.</source>
        <translation>告警 %1 已不在队列中。</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="84"/>
        <source>Could not read this alert: %1</source>
        <translation>无法读取此告警：%1</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="94"/>
        <source>Alert %1 on account %2 (frozen): %3</source>
        <translation>账户 %2（已冻结）的告警 %1：%3</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="95"/>
        <source>Alert %1 on account %2: %3</source>
        <translation>账户 %2 的告警 %1：%3</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="97"/>
        <location filename="../ui/alert_detail_pane.cpp" line="99"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/alert_detail_pane.cpp" line="103"/>
        <source>No reasons recorded</source>
        <translation>未记录原因</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertFilterBar</name>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="42"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="46"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="47"/>
        <source>Open alerts are new, in review or escalated</source>
        <translation>未结告警包括新建、审核中和已升级的告警</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="51"/>
        <location filename="../ui/alert_filter_bar.cpp" line="70"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="60"/>
        <source>Lowest risk shown</source>
        <translation>显示的最低风险</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="63"/>
        <source>Highest risk shown</source>
        <translation>显示的最高风险</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="71"/>
        <source>In a ring</source>
        <translation>属于欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="72"/>
        <source>Ring number</source>
        <translation>欺诈团伙编号</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="80"/>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="92"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="93"/>
        <source>Risk from</source>
        <translation>风险从</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="94"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/alert_filter_bar.cpp" line="95"/>
        <source>Ring</source>
        <translation>欺诈团伙</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertQueueView</name>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="37"/>
        <source>Alert queue</source>
        <translation>告警队列</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="83"/>
        <source>Case report saved to %1.</source>
        <translation>案件报告已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="108"/>
        <source>Could not read the alerts: %1</source>
        <translation>无法读取告警：%1</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="165"/>
        <source>Next alert</source>
        <translation>下一条告警</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="167"/>
        <source>Previous alert</source>
        <translation>上一条告警</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="169"/>
        <source>Open account</source>
        <translation>打开账户</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="173"/>
        <source>Case report…</source>
        <translation>案件报告…</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="179"/>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="181"/>
        <source>Confirm fraud</source>
        <translation>确认欺诈</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="183"/>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="185"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="187"/>
        <source>Freeze account</source>
        <translation>冻结账户</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="189"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="270"/>
        <source>1 alert</source>
        <translation>1 条告警</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="270"/>
        <source>%1 alerts</source>
        <translation>%1 条告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_queue_view.cpp" line="301"/>
        <source>%n selected alert(s) were still loading and were left as they were.</source>
        <translation>
            <numerusform>%n 条所选告警仍在加载中，未作更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="353"/>
        <source>Only new alerts can be taken into review.</source>
        <translation>只有新建的告警才能进入审核。</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="354"/>
        <source>The selected alerts already have that status.</source>
        <translation>所选告警已处于该状态。</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="372"/>
        <source>The selected accounts are frozen already.</source>
        <translation>所选账户已被冻结。</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="376"/>
        <source>Why freeze account %1?</source>
        <translation>冻结账户 %1 的原因？</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="377"/>
        <source>Why freeze these %1 accounts?</source>
        <translation>冻结这 %1 个账户的原因？</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="395"/>
        <source>Note on account %1</source>
        <translation>账户 %1 的备注</translation>
    </message>
    <message>
        <location filename="../ui/alert_queue_view.cpp" line="396"/>
        <source>Note on these %1 alerts</source>
        <translation>这 %1 条告警的备注</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AlertTableModel</name>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="50"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="51"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="52"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="53"/>
        <source>Top reasons</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="54"/>
        <source>Detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="55"/>
        <source>Ring</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="57"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="58"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="332"/>
        <source>Account %1 is frozen</source>
        <translation>账户 %1 已冻结</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_table_model.cpp" line="365"/>
        <source>%n min</source>
        <comment>age of an alert</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_table_model.cpp" line="367"/>
        <source>%n h</source>
        <comment>age of an alert</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alert_table_model.cpp" line="368"/>
        <source>%n d</source>
        <comment>age of an alert</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="380"/>
        <source>Risk, raised for high-severity rule hits</source>
        <translation>风险，命中高严重度规则时会提高</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="382"/>
        <source>Highest fused risk among the flagged transactions</source>
        <translation>已标记交易中的最高融合风险</translation>
    </message>
    <message>
        <location filename="../ui/alert_table_model.cpp" line="384"/>
        <source>Time since the alert was raised</source>
        <translation>自告警生成以来的时长</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditDetailsPane</name>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="67"/>
        <source>Reading the entry…</source>
        <translation>正在读取条目…</translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="67"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一个条目以查看其详情。</translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="73"/>
        <source>Entry #%1, %2: %3 on %4 by %5</source>
        <translation>条目 #%1，%2：%5 对 %4 执行 %3</translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="89"/>
        <source>Previous hash</source>
        <translation>前一哈希值</translation>
    </message>
    <message>
        <location filename="../ui/audit_details_pane.cpp" line="90"/>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="107"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="108"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="109"/>
        <source>All actors</source>
        <translation>所有操作人</translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="110"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../ui/audit_filter_bar.cpp" line="111"/>
        <source>Search targets…</source>
        <translation>搜索对象…</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="254"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="298"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="299"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="300"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="301"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="302"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/audit_table_model.cpp" line="303"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::AuditView</name>
    <message>
        <location filename="../ui/audit_view.cpp" line="109"/>
        <location filename="../ui/audit_view.cpp" line="175"/>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="187"/>
        <location filename="../ui/audit_view.cpp" line="350"/>
        <source>%1 entries</source>
        <translation>%1 个条目</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="233"/>
        <source>Verifying the audit chain…</source>
        <translation>正在验证审计链…</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="241"/>
        <source>Chain intact: %1 entries</source>
        <translation>审计链完整：%1 个条目</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="246"/>
        <source>Broken at entry #%1: %2</source>
        <translation>在条目 #%1 处断裂：%2</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="254"/>
        <source>Could not verify the audit chain: %1</source>
        <translation>无法验证审计链：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="302"/>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="303"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="314"/>
        <source>An export is already running.</source>
        <translation>已有导出任务正在运行。</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="319"/>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="327"/>
        <source>Exported %1 entries to %2</source>
        <translation>已将 %1 个条目导出到 %2</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="346"/>
        <source>Verify integrity</source>
        <translation>验证完整性</translation>
    </message>
    <message>
        <location filename="../ui/audit_view.cpp" line="347"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::BudgetPanel</name>
    <message>
        <location filename="../ui/budget_panel.cpp" line="13"/>
        <source>Alert budget</source>
        <translation>告警预算</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="22"/>
        <source>Share of all transactions an alert budget would flag, riskiest first. The budget scoring runs use is set in Preferences.</source>
        <translation>告警预算将标记的交易占全部交易的比例，按风险从高到低。评分运行所用的预算在首选项中设置。</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="58"/>
        <source>Budget %1 %: no scores yet. Train and score to see what it would flag.</source>
        <translation>预算 %1 %：尚无评分。请训练并评分，以查看该预算会标记哪些交易。</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="64"/>
        <source>Budget %1 %: %2 transactions flagged. No labels in this data, so precision and recall are unknown.</source>
        <translation>预算 %1 %：标记 %2 笔交易。此数据没有标签，因此精确率和召回率未知。</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="70"/>
        <source>Budget %1 %: %2 transactions flagged, expected precision %3, recall %4</source>
        <translation>预算 %1 %：标记 %2 笔交易，预期精确率 %3，召回率 %4</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::CaseActions</name>
    <message>
        <location filename="../ui/alert_status_command.cpp" line="17"/>
        <source>%1: alert #%2 → %3</source>
        <translation>%1：告警 #%2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/alert_status_command.cpp" line="21"/>
        <source>%1 alerts → %2</source>
        <translation>%1 条告警 → %2</translation>
    </message>
    <message>
        <location filename="../ui/case_command.cpp" line="19"/>
        <source> (%1 not changed: %2)</source>
        <translation> （%1 条未更改：%2）</translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="54"/>
        <location filename="../ui/alert_status_command.cpp" line="48"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="49"/>
        <source>A decision is still being written; undo when it is done.</source>
        <translation>仍有决定正在写入；请在写入完成后再撤销。</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="59"/>
        <source>A decision is still being written; redo when it is done.</source>
        <translation>仍有决定正在写入；请在写入完成后再重做。</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="68"/>
        <location filename="../ui/case_actions.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="73"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="86"/>
        <location filename="../ui/case_actions.cpp" line="91"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="91"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="118"/>
        <source>Auditor mode: decisions are disabled.</source>
        <translation>审计员模式：已禁用决策操作。</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="118"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="159"/>
        <source>Freezing an account needs a reason.</source>
        <translation>冻结账户需要填写原因。</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="159"/>
        <source>Unfreezing an account needs a reason.</source>
        <translation>解冻账户需要填写原因。</translation>
    </message>
    <message>
        <location filename="../ui/case_actions.cpp" line="170"/>
        <source>A note needs some text.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="13"/>
        <source>Freeze %1</source>
        <translation>冻结 %1</translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="14"/>
        <source>Unfreeze %1</source>
        <translation>解冻 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="16"/>
        <source>Freeze %n account(s)</source>
        <translation>
            <numerusform>冻结 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="16"/>
        <source>Unfreeze %n account(s)</source>
        <translation>
            <numerusform>解冻 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="22"/>
        <source>%1 frozen</source>
        <translation>%1 已冻结</translation>
    </message>
    <message>
        <location filename="../ui/freeze_command.cpp" line="23"/>
        <source>%1 unfrozen</source>
        <translation>%1 已解冻</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="25"/>
        <source>%n account(s) frozen</source>
        <translation>
            <numerusform>已冻结 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/freeze_command.cpp" line="25"/>
        <source>%n account(s) unfrozen</source>
        <translation>
            <numerusform>已解冻 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/note_command.cpp" line="13"/>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/note_command.cpp" line="14"/>
        <source>Note on %n account(s)</source>
        <translation>
            <numerusform>为 %n 个账户添加备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/note_command.cpp" line="33"/>
        <source>Undone: %n note(s) withdrawn</source>
        <translation>
            <numerusform>已撤销：撤回了 %n 条备注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/note_command.cpp" line="47"/>
        <source>Note added to %1</source>
        <translation>已为 %1 添加备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/note_command.cpp" line="48"/>
        <source>Note added to %n account(s)</source>
        <translation>
            <numerusform>已为 %n 个账户添加备注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/note_command.cpp" line="32"/>
        <source>Undone: note on %1 withdrawn</source>
        <translation>已撤销：%1 的备注已撤回</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::CaseReportExporter</name>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="34"/>
        <source>A case report is saved as PDF (.pdf) or HTML (.html), not as %1.</source>
        <translation>案件报告只能保存为 PDF (.pdf) 或 HTML (.html)，不能保存为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="39"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="46"/>
        <source>The case of alert #%1 could not be read: %2</source>
        <translation>无法读取告警 #%1 的案件：%2</translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="82"/>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/case_report_exporter.cpp" line="85"/>
        <source>Save case report</source>
        <translation>保存案件报告</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::CsvPreviewLoader</name>
    <message>
        <location filename="../ui/csv_preview_loader.cpp" line="40"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../ui/csv_preview_loader.cpp" line="44"/>
        <source>%1 is empty: a header row naming the columns is expected.</source>
        <translation>%1 为空：文件应包含一行列名标题。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="187"/>
        <source>%1 accounts</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="189"/>
        <source>of %1 alerts</source>
        <translation>共 %1 条告警</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="192"/>
        <source>%1 % of accounts</source>
        <translation>占账户的 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="194"/>
        <source>accounts with an alert confirmed as fraud</source>
        <translation>有告警被确认为欺诈的账户</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="220"/>
        <source>%1: %2 s</source>
        <translation>%1：%2 秒</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="223"/>
        <source>Latest scoring run #%1 finished %2 on %3 in %4 s</source>
        <translation>最近一次评分运行 #%1 于 %2 在 %3 上完成，用时 %4 秒</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="227"/>
        <source>%1 burst hours on the platform, %2 merchant bursts</source>
        <translation>平台突发小时数 %1，商户突发 %2 次</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="231"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="233"/>
        <source>Score the data to find bursts and raise alerts.</source>
        <translation>对数据进行评分以发现突发并生成告警。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="266"/>
        <source>No labels in this data</source>
        <translation>此数据没有标签</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="268"/>
        <source>Score the data to measure the detectors against its labels.</source>
        <translation>对数据进行评分，以对照其标签衡量各检测器。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="283"/>
        <source>Could not load the dashboard: %1</source>
        <translation>无法加载仪表盘：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="309"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="310"/>
        <source>Open alerts</source>
        <translation>未结告警</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="311"/>
        <source>Frozen accounts</source>
        <translation>已冻结账户</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="312"/>
        <location filename="../ui/dashboard_view.cpp" line="329"/>
        <source>Confirmed fraud</source>
        <translation>确认欺诈</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="313"/>
        <source>Open alerts by detector</source>
        <translation>按检测器统计的未结告警</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="314"/>
        <source>Alerts by status</source>
        <translation>按状态统计的告警</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="315"/>
        <source>Detectors against the labels (AUPRC)</source>
        <translation>各检测器对照标签的表现 (AUPRC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="323"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="325"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="327"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="331"/>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="338"/>
        <source>Fused risk</source>
        <translation>融合风险</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="340"/>
        <source>Autoencoder</source>
        <translation>自编码器</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="342"/>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="344"/>
        <source>Rings</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="346"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.cpp" line="348"/>
        <source>Bursts</source>
        <translation>突发</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::DemoBuilder</name>
    <message>
        <location filename="../ui/demo_builder.cpp" line="83"/>
        <source>Preparing the demo</source>
        <translation>正在准备演示</translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="85"/>
        <source>Another job is running (%1). Open the demo when it has finished.</source>
        <translation>另一个任务正在运行（%1）。请在其完成后再打开演示。</translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="100"/>
        <source>The demo database is ready.</source>
        <translation>演示数据库已就绪。</translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="113"/>
        <location filename="../ui/demo_builder.cpp" line="124"/>
        <source>Demo cancelled.</source>
        <translation>演示已取消。</translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="134"/>
        <source>Scoring the demo was cancelled.</source>
        <translation>演示数据的评分已取消。</translation>
    </message>
    <message>
        <location filename="../ui/demo_builder.cpp" line="138"/>
        <source>Demo ready: %1 transactions scored, %2 alerts.</source>
        <translation>演示已就绪：已评分 %1 笔交易，生成 %2 条告警。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::DetectorMetricsModel</name>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="27"/>
        <source>Fused risk</source>
        <translation>融合风险</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="29"/>
        <source>Autoencoder</source>
        <translation>自编码器</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="31"/>
        <source>Sequence model</source>
        <translation>序列模型</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="33"/>
        <source>Rings</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="35"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="37"/>
        <source>Bursts</source>
        <translation>突发</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="108"/>
        <source>Area under the ROC curve: 0.5 is chance, 1 is a perfect ranking</source>
        <translation>ROC 曲线下面积：0.5 相当于随机，1 表示完美排序</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="110"/>
        <source>Average precision: how much of what ranks high is fraud, over all recall levels</source>
        <translation>平均精确率：在所有召回率水平上，排名靠前的交易中欺诈所占的比例</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="112"/>
        <source>Share of fraud among the 100 riskiest labelled transactions</source>
        <translation>风险最高的 100 笔已标注交易中欺诈所占的比例</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="114"/>
        <source>Share of all labelled fraud among the riskiest 1 % of labelled transactions</source>
        <translation>风险最高的 1 % 已标注交易覆盖的已标注欺诈占全部已标注欺诈的比例</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="123"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="125"/>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="127"/>
        <source>AUPRC</source>
        <translation>AUPRC</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="129"/>
        <source>Precision at 100</source>
        <translation>前 100 精确率</translation>
    </message>
    <message>
        <location filename="../ui/detector_metrics_model.cpp" line="131"/>
        <source>Recall at 1 %</source>
        <translation>前 1 % 召回率</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::FeedbackPanel</name>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="32"/>
        <source>Feedback loop</source>
        <translation>反馈循环</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="34"/>
        <source>Learn from decisions</source>
        <translation>从决策中学习</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="36"/>
        <source>Fit the fusion&apos;s weights to the confirmed and dismissed alerts, then score again with the current models</source>
        <translation>根据已确认和已驳回的告警拟合融合权重，然后用当前模型重新评分</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="71"/>
        <source>%1 decided alerts: %2 confirmed fraud, %3 false positives. Learning needs at least %4, with both outcomes.</source>
        <translation>已决策告警 %1 条：确认欺诈 %2 条，误报 %3 条。学习至少需要 %4 条，且两种结果都要有。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="91"/>
        <source>Learning from decisions</source>
        <translation>从决策中学习</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="95"/>
        <source>Learning from decisions changed nothing.</source>
        <translation>从决策中学习未产生任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="97"/>
        <source>Learned new fusion weights from %1 decided alerts and scored again.</source>
        <translation>已从 %1 条已决策告警中学得新的融合权重，并已重新评分。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="102"/>
        <source>Learning from decisions…</source>
        <translation>正在从决策中学习…</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="113"/>
        <location filename="../ui/feedback_panel.cpp" line="160"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="115"/>
        <source>Learning from decisions failed: %1</source>
        <translation>从决策中学习失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="123"/>
        <source>Decided transactions ranked with average precision %1 before, %2 after.</source>
        <translation>已决策交易的排序平均精确率：之前 %1，之后 %2。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="125"/>
        <source>Fused AUPRC on the labelled data: %1 before, %2 after.</source>
        <translation>已标注数据上的融合 AUPRC：之前 %1，之后 %2。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="136"/>
        <source>Learned from %1 decided alerts and scored again as run #%2. New weights: %3.</source>
        <translation>已从 %1 条已决策告警中学习，并以运行 #%2 重新评分。新权重：%3。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="142"/>
        <source>Not enough decisions yet: %1 decided alerts, at least %2 are needed. Nothing was changed.</source>
        <translation>决策数量尚不足：已决策告警 %1 条，至少需要 %2 条。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="146"/>
        <source>All %1 decided alerts have the same outcome: both confirmed fraud and false positives are needed. Nothing was changed.</source>
        <translation>全部 %1 条已决策告警结果相同：确认欺诈和误报两种结果都需要。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="151"/>
        <source>The decided alerts flag %1 confirmed and %2 dismissed transactions; at least 10 of each are needed. Nothing was changed.</source>
        <translation>已决策告警标记了 %1 笔已确认交易和 %2 笔已驳回交易；每种至少需要 10 笔。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.cpp" line="156"/>
        <source>Kept the current weights: the learned ones would rank the analysts&apos; decisions worse.</source>
        <translation>保留当前权重：学得的权重会使分析师决策的排序变差。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::HourlyVolumeChart</name>
    <message>
        <location filename="../ui/hourly_volume_chart.cpp" line="113"/>
        <source>Transactions per hour</source>
        <translation>每小时交易数</translation>
    </message>
    <message>
        <location filename="../ui/hourly_volume_chart.cpp" line="114"/>
        <source>Burst hours</source>
        <translation>突发小时</translation>
    </message>
    <message>
        <location filename="../ui/hourly_volume_chart.cpp" line="130"/>
        <source>%1: %2 transactions, %3 expected</source>
        <translation>%1：%2 笔交易，预期 %3 笔</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/import_file_page.cpp" line="30"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="36"/>
        <source>detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="45"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="46"/>
        <source>Pick the CSV file of transactions and the database to import it into.</source>
        <translation>选择交易 CSV 文件以及要导入到的数据库。</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="49"/>
        <source>&amp;CSV file:</source>
        <translation>CSV 文件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="53"/>
        <location filename="../ui/import_file_page.cpp" line="73"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="59"/>
        <source>Import into:</source>
        <translation>导入到：</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="63"/>
        <source>The open database (%1)</source>
        <translation>当前打开的数据库（%1）</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="65"/>
        <source>The open database (none is open)</source>
        <translation>当前打开的数据库（未打开任何数据库）</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="68"/>
        <source>A database file, created if it does not exist:</source>
        <translation>数据库文件（不存在时将创建）：</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="82"/>
        <location filename="../ui/import_file_page.cpp" line="134"/>
        <source>Choose a file to see its first rows.</source>
        <translation>选择一个文件以查看其前几行。</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="134"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="149"/>
        <source>This file cannot be read as CSV: %1</source>
        <translation>无法将此文件作为 CSV 读取：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_file_page.cpp" line="152"/>
        <source>The first %n row(s) of %1, %2 columns, separated by %3:</source>
        <translation>
            <numerusform>%1 的前 %n 行，共 %2 列，分隔符为 %3：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="165"/>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="166"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="181"/>
        <source>Database to import into</source>
        <translation>要导入到的数据库</translation>
    </message>
    <message>
        <location filename="../ui/import_file_page.cpp" line="182"/>
        <source>FraudLens databases (*.db);;All files (*)</source>
        <translation>FraudLens 数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="51"/>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="52"/>
        <source>Say which column holds each field. Fields marked * are required; the rest make the detectors sharper when the file has them.</source>
        <translation>指定每个字段对应的列。标有 * 的字段为必填；其余字段若文件中存在，可使检测器更加精准。</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="56"/>
        <source>&amp;Profile:</source>
        <translation>映射方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="60"/>
        <source>Save as profile…</source>
        <translation>另存为映射方案…</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="62"/>
        <source>Delete profile</source>
        <translation>删除映射方案</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="64"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="68"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="71"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="88"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="93"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="167"/>
        <source>(not mapped)</source>
        <translation>（未映射）</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="178"/>
        <source>Guessed from this file</source>
        <translation>根据此文件推测</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="181"/>
        <source>Built-in: %1</source>
        <translation>内置：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="184"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="206"/>
        <source>The saved profile &quot;%1&quot; is not a valid mapping: %2</source>
        <translation>已保存的映射方案“%1”不是有效的字段映射：%2</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="209"/>
        <source>The saved profile &quot;%1&quot; is gone.</source>
        <translation>已保存的映射方案“%1”已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="245"/>
        <source>%1 (not in this file)</source>
        <translation>%1（不在此文件中）</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="291"/>
        <source>Also kept as model features: %1</source>
        <translation>同时保留为模型特征：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="295"/>
        <source>Map the required fields: %1.</source>
        <translation>请映射必填字段：%1。</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="297"/>
        <source>This file has no column named %1: choose another.</source>
        <translation>此文件中没有名为 %1 的列：请另选一列。</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="302"/>
        <source>The mapping is complete.</source>
        <translation>字段映射已完成。</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="319"/>
        <location filename="../ui/import_mapping_page.cpp" line="325"/>
        <location filename="../ui/import_mapping_page.cpp" line="328"/>
        <source>Save mapping profile</source>
        <translation>保存映射方案</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="319"/>
        <source>Profile name:</source>
        <translation>映射方案名称：</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="328"/>
        <source>Replace the saved profile &quot;%1&quot;?</source>
        <translation>是否替换已保存的映射方案“%1”？</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="344"/>
        <source>Delete mapping profile</source>
        <translation>删除映射方案</translation>
    </message>
    <message>
        <location filename="../ui/import_mapping_page.cpp" line="344"/>
        <source>Delete the saved profile &quot;%1&quot;?</source>
        <translation>是否删除已保存的映射方案“%1”？</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportRunPage</name>
    <message>
        <location filename="../ui/import_run_page.cpp" line="29"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="30"/>
        <source>The rows are stored in one transaction: all of them, or none if you cancel.</source>
        <translation>所有行在同一个数据库事务中保存：要么全部保存，若取消则全部不保存。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="40"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="42"/>
        <source>Start import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="44"/>
        <source>&amp;Score now: run the detectors and build the alert queue</source>
        <translation>立即评分(&amp;S)：运行检测器并生成告警队列</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="99"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="112"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="121"/>
        <source>Another job is running (%1). The import starts when it has finished.</source>
        <translation>另一个任务正在运行（%1）。导入将在其完成后开始。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="134"/>
        <source>Importing %1 into %2…</source>
        <translation>正在将 %1 导入到 %2…</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="156"/>
        <location filename="../ui/import_run_page.cpp" line="159"/>
        <source>The import was cancelled; %1 is as it was.</source>
        <translation>导入已取消；%1 保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="157"/>
        <source>The import failed: %1
%2 is as it was.</source>
        <translation>导入失败：%1
%2 保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="161"/>
        <source>%1 already holds this file (import #%2); nothing was stored.</source>
        <translation>%1 中已有此文件（导入 #%2）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="164"/>
        <source>%1 of %2 rows were rejected, so nothing was stored. Check the file again.</source>
        <translation>%2 行中有 %1 行被拒绝，因此未保存任何内容。请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="168"/>
        <source>Stored %1 rows in %2 as import #%3, with %4 new accounts.</source>
        <translation>已将 %1 行保存到 %2，作为导入 #%3，新增 %4 个账户。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="173"/>
        <source>%1 rejected rows were left out.</source>
        <translation>已略过 %1 个被拒绝的行。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="187"/>
        <source>Imported %1 of %2 rows.</source>
        <translation>已导入 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="191"/>
        <source>Import refused: %1 rows rejected; nothing was stored.</source>
        <translation>导入被拒绝：%1 行被拒绝；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="193"/>
        <source>Import refused: the file was already imported; nothing was stored.</source>
        <translation>导入被拒绝：该文件已导入过；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/import_run_page.cpp" line="197"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportValidationPage</name>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="29"/>
        <source>Check the rows</source>
        <translation>检查行</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="30"/>
        <source>Every row is read and checked against the mapping. Nothing is stored yet.</source>
        <translation>读取每一行并按字段映射进行检查。此时尚未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="44"/>
        <source>Import it again anyway</source>
        <translation>仍然再次导入</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="59"/>
        <source>Save reject report…</source>
        <translation>保存拒绝报告…</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="85"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="97"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="145"/>
        <source>The file cannot be imported with this mapping: %1</source>
        <translation>无法使用此字段映射导入该文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="147"/>
        <source>The file has a header but no rows.</source>
        <translation>该文件只有标题行，没有数据行。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="149"/>
        <source>%1 rows ok, none rejected.</source>
        <translation>%1 行正常，无拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="151"/>
        <source>%1 rows ok, %2 rejected.</source>
        <translation>%1 行正常，%2 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Column name</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="152"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="156"/>
        <source>The first %1 of %2 rejected rows; the reject report lists them all.</source>
        <translation>%2 个被拒绝行中的前 %1 个；拒绝报告会列出全部。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="158"/>
        <source>Every rejected row.</source>
        <translation>全部被拒绝的行。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="163"/>
        <source>Import the %1 good rows and leave out the rejected ones</source>
        <translation>导入 %1 个正常行，略过被拒绝的行</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="169"/>
        <source>%1 already holds this file: import #%2 (%3, %4 rows stored, finished %5 UTC).</source>
        <translation>%1 中已有此文件：导入 #%2（%3，已保存 %4 行，完成于 %5 UTC）。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="185"/>
        <source>Save reject report</source>
        <translation>保存拒绝报告</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="186"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="197"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="203"/>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location filename="../ui/import_validation_page.cpp" line="205"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ImportWizard</name>
    <message>
        <location filename="../ui/import_wizard.cpp" line="14"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LinkedEntitiesList</name>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="17"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="17"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="17"/>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/linked_entities_list.cpp" line="35"/>
        <source>not shared</source>
        <translation>未共享</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/linked_entities_list.cpp" line="35"/>
        <source>shared with %n other account(s)</source>
        <translation>
            <numerusform>与其他 %n 个账户共享</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LiveDialog</name>
    <message>
        <location filename="../ui/live_dialog.cpp" line="36"/>
        <source>Live monitoring</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="38"/>
        <source>&amp;Follow a file</source>
        <translation>跟踪文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="42"/>
        <source>A CSV or JSON-lines file that grows</source>
        <translation>持续增长的 CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="45"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="46"/>
        <source>Read the lines already in the file too</source>
        <translation>同时读取文件中已有的行</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="48"/>
        <source>Otherwise only lines appended from now on are scored</source>
        <translation>否则只对从现在起追加的行评分</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="50"/>
        <source>&amp;Listen on</source>
        <translation>监听(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="55"/>
        <source>[HOST:]PORT. Senders write one JSON object per line and get an answer per line</source>
        <translation>[主机:]端口。发送方每行写入一个 JSON 对象，并逐行收到应答</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="66"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="127"/>
        <source>Follow a file</source>
        <translation>跟踪文件</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="128"/>
        <source>Transactions (*.csv *.jsonl *.json *.txt);;All files (*)</source>
        <translation>交易文件 (*.csv *.jsonl *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/live_dialog.cpp" line="150"/>
        <source>%1 can be reached from the network: anyone who can connect can store transactions, and there is no password. Keep to 127.0.0.1 unless senders on other machines need it.</source>
        <translation>%1 可从网络访问：任何能够连接的人都可以保存交易，且没有密码保护。除非其他计算机上的发送方需要，否则请保持使用 127.0.0.1。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LiveMonitor</name>
    <message>
        <location filename="../ui/live_monitor.cpp" line="57"/>
        <source>Live monitoring is running already.</source>
        <translation>实时监控已在运行。</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="59"/>
        <source>Open a database first.</source>
        <translation>请先打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="61"/>
        <source>Live monitoring stores transactions, and auditor mode changes nothing: leave auditor mode first.</source>
        <translation>实时监控会保存交易，而审计员模式不做任何更改：请先退出审计员模式。</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="64"/>
        <source>Live monitoring cannot start while “%1” writes to the database: start it once that job is done.</source>
        <translation>“%1”正在写入数据库，实时监控无法启动：请在该任务完成后再启动。</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="76"/>
        <source>Choose the file to follow.</source>
        <translation>请选择要跟踪的文件。</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="81"/>
        <source>Cannot follow %1: %2</source>
        <translation>无法跟踪 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="86"/>
        <source>Waiting for %1 to appear, then following it</source>
        <translation>正在等待 %1 出现，随后将跟踪该文件</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="88"/>
        <source>Following %1 from its first line</source>
        <translation>正在从第一行开始跟踪 %1</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="90"/>
        <source>Following what is appended to %1</source>
        <translation>正在跟踪追加到 %1 的内容</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="101"/>
        <source>Cannot listen on “%1”: %2</source>
        <translation>无法监听“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="108"/>
        <source>Cannot listen on %1: %2</source>
        <translation>无法监听 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="113"/>
        <source>Listening on %1 for JSON lines</source>
        <translation>正在 %1 上监听 JSON 行</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="114"/>
        <source>Listening on %1 for JSON lines, reachable from the network: anyone who can connect can store transactions</source>
        <translation>正在 %1 上监听 JSON 行，可从网络访问：任何能够连接的人都可以保存交易</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="180"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <location filename="../ui/live_monitor.cpp" line="181"/>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::LivePanel</name>
    <message>
        <location filename="../ui/live_panel.cpp" line="33"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="36"/>
        <source>Score transactions as they arrive, from a growing file or a TCP port</source>
        <translation>在交易到达时即时评分，来源可以是持续增长的文件或 TCP 端口</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="80"/>
        <source>Live: stopping…</source>
        <translation>实时：正在停止…</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="111"/>
        <source>Live: %1</source>
        <translation>实时：%1</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="122"/>
        <source>Live: starting…</source>
        <translation>实时：正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="134"/>
        <source>Live: loading the models… %1%</source>
        <translation>实时：正在加载模型… %1%</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="138"/>
        <source>Live: %1 tx/s · %2 alerts/min · %3 stored · %4 blocked</source>
        <translation>实时：%1 笔/秒 · %2 条告警/分钟 · 已保存 %3 · 已拦截 %4</translation>
    </message>
    <message>
        <location filename="../ui/live_panel.cpp" line="150"/>
        <source>Last bad lines:</source>
        <translation>最近的错误行：</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <location filename="../ui/main_window.cpp" line="443"/>
        <source>FraudLens</source>
        <translation>FraudLens 欺诈透镜</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="129"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96"/>
        <source>Live: high-risk alert on %1 (risk %2)</source>
        <translation>实时：%1 出现高风险告警（风险 %2）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="97"/>
        <source>Live: %1 high-risk alerts, the riskiest on %2 (risk %3)</source>
        <translation>实时：%1 条高风险告警，风险最高的是 %2（风险 %3）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Network</source>
        <translation>关系网络</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>Open &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>&amp;Close database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>A&amp;ccounts</source>
        <translation>账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>&amp;Network</source>
        <translation>关系网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>A&amp;udit</source>
        <translation>审计(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>Auditor mode (read-only)</source>
        <translation>审计员模式（只读）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;About FraudLens</source>
        <translation>关于 FraudLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>About FraudLens</source>
        <translation>关于 FraudLens</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="191"/>
        <source>FraudLens %1: e-commerce fraud and anomaly investigation.</source>
        <translation>FraudLens %1：电商欺诈与异常调查。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="213"/>
        <source>Stop the background job; the previous results stay as they were</source>
        <translation>停止后台任务；之前的结果保持不变</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Cancelled: the previous results stay as they were.</source>
        <translation>已取消：之前的结果保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>The background job failed</source>
        <translation>后台任务失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>The background job failed: %1</source>
        <translation>后台任务失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272"/>
        <source>1 new high-risk alert to review</source>
        <translation>1 条新的高风险告警待审核</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>%1 new high-risk alerts to review</source>
        <translation>%1 条新的高风险告警待审核</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>FraudLens databases (*.db *.sqlite);;All files (*)</source>
        <translation>FraudLens 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="315"/>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="358"/>
        <source>%1 transactions · %2 accounts · %3 frozen</source>
        <translation>%1 笔交易 · %2 个账户 · %3 个已冻结</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="321"/>
        <source>The audit log does not verify: open Audit → Verify integrity.</source>
        <translation>审计日志未通过验证：请打开“审计”→“验证完整性”。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442"/>
        <source>FraudLens – %1</source>
        <translation>FraudLens 欺诈透镜 – %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source> (auditor mode, read-only)</source>
        <translation> （审计员模式，只读）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="456"/>
        <source>A job is running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <source>%1 is still running. Stop it and quit? Its work so far is discarded; stored data stays as it was.</source>
        <translation>%1 仍在运行。是否停止并退出？其目前已完成的工作将被丢弃；已保存的数据保持不变。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ModelsView</name>
    <message>
        <location filename="../ui/models_view.cpp" line="31"/>
        <source>Detection quality</source>
        <translation>检测质量</translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="106"/>
        <source>Measuring…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="155"/>
        <source>Not scored yet: train and score to measure the detectors.</source>
        <translation>尚未评分：请训练并评分以评估检测器。</translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="162"/>
        <source>No labels in this data: metrics need labelled transactions.</source>
        <translation>此数据没有标签：计算指标需要已标注的交易。</translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="166"/>
        <source>Measured against %1 labelled fraud transactions among %2 scored.</source>
        <translation>基于 %2 笔已评分交易中的 %1 笔已标注欺诈交易进行评估。</translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="184"/>
        <source>Could not measure the detectors: %1</source>
        <translation>无法评估检测器：%1</translation>
    </message>
    <message>
        <location filename="../ui/models_view.cpp" line="208"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::NetworkLegend</name>
    <message>
        <location filename="../ui/network_legend.cpp" line="41"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="42"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="43"/>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="44"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="45"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="46"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="47"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="48"/>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="49"/>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="50"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="51"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../ui/network_legend.cpp" line="52"/>
        <source>Confirmed fraud</source>
        <translation>确认欺诈</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::NetworkView</name>
    <message>
        <location filename="../ui/network_view.cpp" line="40"/>
        <location filename="../ui/network_view.cpp" line="169"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="68"/>
        <location filename="../ui/network_view.cpp" line="313"/>
        <source>Expand neighbours</source>
        <translation>展开相邻节点</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="69"/>
        <source>Add the selected node&apos;s neighbours to the picture</source>
        <translation>将所选节点的相邻节点添加到图中</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="72"/>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="73"/>
        <source>Show the whole picture</source>
        <translation>显示整个图</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="156"/>
        <source>Pick a ring on the left, or open an account&apos;s network from its page.</source>
        <translation>请在左侧选择一个欺诈团伙，或从账户页面打开其关系网络。</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="203"/>
        <source>Reading the network…</source>
        <translation>正在读取关系网络…</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="228"/>
        <source>The network could not be shown: %1</source>
        <translation>无法显示关系网络：%1</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="253"/>
        <source>The picture changed while its neighbours were read; expand the node again.</source>
        <translation>读取相邻节点时图已发生变化；请重新展开该节点。</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="255"/>
        <source>Every neighbour of this node is already shown.</source>
        <translation>该节点的所有相邻节点均已显示。</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="264"/>
        <source>The neighbours could not be read: %1</source>
        <translation>无法读取相邻节点：%1</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="288"/>
        <source>The accounts could not be re-read: %1</source>
        <translation>无法重新读取账户：%1</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="302"/>
        <source>Open account</source>
        <translation>打开账户</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="305"/>
        <source>Show this account&apos;s network</source>
        <translation>显示此账户的关系网络</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="309"/>
        <source>Show ring %1</source>
        <translation>显示欺诈团伙 %1</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="334"/>
        <source>Network</source>
        <translation>关系网络</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/network_view.cpp" line="343"/>
        <source>Ring %1 · score %2 · %n account(s)</source>
        <translation>
            <numerusform>欺诈团伙 %1 · 评分 %2 · %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/network_view.cpp" line="344"/>
        <source>Ring %1 · %n account(s)</source>
        <translation>
            <numerusform>欺诈团伙 %1 · %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="350"/>
        <source>Network of account %1</source>
        <translation>账户 %1 的关系网络</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="352"/>
        <source>Nodes: %1 · Links: %2</source>
        <translation>节点：%1 · 连接：%2</translation>
    </message>
    <message>
        <location filename="../ui/network_view.cpp" line="357"/>
        <source>Some neighbours are left out to keep the picture readable.</source>
        <translation>为保持图的清晰可读，部分相邻节点未显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/network_view.cpp" line="359"/>
        <source>%n entities shared by more than %1 accounts are left out.</source>
        <translation>
            <numerusform>有 %n 个被超过 %1 个账户共享的实体未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::PrCurveChart</name>
    <message>
        <location filename="../ui/pr_curve_chart.cpp" line="76"/>
        <source>Precision and recall</source>
        <translation>精确率与召回率</translation>
    </message>
    <message>
        <location filename="../ui/pr_curve_chart.cpp" line="77"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../ui/pr_curve_chart.cpp" line="78"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RingListModel</name>
    <message numerus="yes">
        <location filename="../ui/ring_list_model.cpp" line="68"/>
        <source>Ring %1: %n account(s), density %2</source>
        <translation>
            <numerusform>欺诈团伙 %1：%n 个账户，密度 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="80"/>
        <source>Ring</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="82"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="84"/>
        <source>Accounts</source>
        <translation>账户数</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="86"/>
        <source>Shared</source>
        <translation>共享实体</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="95"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="102"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="104"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="106"/>
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="108"/>
        <source>email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="110"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_model.cpp" line="112"/>
        <source>merchant burst</source>
        <translation>商户突发</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RingListPanel</name>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="49"/>
        <source>Rings of the latest scoring run</source>
        <translation>最近一次评分运行发现的欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="73"/>
        <source>No rings: run scoring to look for accounts tied by shared entities.</source>
        <translation>没有欺诈团伙：请运行评分，以查找通过共享实体关联的账户。</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="75"/>
        <source>The %1 highest-scoring rings.</source>
        <translation>评分最高的 %1 个欺诈团伙。</translation>
    </message>
    <message>
        <location filename="../ui/ring_list_panel.cpp" line="86"/>
        <source>The rings could not be read: %1</source>
        <translation>无法读取欺诈团伙：%1</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RuleForm</name>
    <message>
        <location filename="../ui/rule_form.cpp" line="20"/>
        <source>e.g. large_amount_new_device</source>
        <translation>例如 large_amount_new_device</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="23"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="24"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="25"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="26"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="30"/>
        <source>e.g. amount &gt; 5 * acct_median_amount and new_device</source>
        <translation>例如 amount &gt; 5 * acct_median_amount and new_device</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="33"/>
        <source>Why the rule exists, for the analyst who reads an alert</source>
        <translation>说明设立此规则的原因，供阅读告警的分析师参考</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="49"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="50"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="107"/>
        <source>A rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="109"/>
        <source>Write the condition the rule tests, e.g. amount &gt; 1000 and new_device.</source>
        <translation>请填写规则检验的条件，例如 amount &gt; 1000 and new_device。</translation>
    </message>
    <message>
        <location filename="../ui/rule_form.cpp" line="116"/>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RulesEditor</name>
    <message>
        <location filename="../ui/rules_editor.cpp" line="48"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="65"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="66"/>
        <source>Add as new rule</source>
        <translation>添加为新规则</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="67"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="68"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="69"/>
        <source>The audit log keeps the removed rule</source>
        <translation>审计日志会保留已移除的规则</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="70"/>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="71"/>
        <source>Replay every rule over the stored transactions: hits and, with labels, precision and recall. Disabled rules are measured too.</source>
        <translation>在已保存的交易上重放每条规则：统计命中数；有标签时还会计算精确率和召回率。已停用的规则也会评估。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="131"/>
        <source>Could not read the rules: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="183"/>
        <source>Added rule &apos;%1&apos;.</source>
        <translation>已添加规则“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="195"/>
        <source>Saved rule &apos;%1&apos;.</source>
        <translation>已保存规则“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="205"/>
        <source>Removed rule &apos;%1&apos;.</source>
        <translation>已移除规则“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="212"/>
        <source>Enabled rule &apos;%1&apos;.</source>
        <translation>已启用规则“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="212"/>
        <source>Disabled rule &apos;%1&apos;.</source>
        <translation>已停用规则“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="221"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="247"/>
        <source>Backtesting rules</source>
        <translation>正在回测规则</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="254"/>
        <source>Backtested %1 rules over %2 transactions.</source>
        <translation>已在 %2 笔交易上回测 %1 条规则。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="261"/>
        <source>Backtesting…</source>
        <translation>正在回测…</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="272"/>
        <source>Backtest cancelled.</source>
        <translation>回测已取消。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="274"/>
        <source>The backtest failed: %1</source>
        <translation>回测失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="285"/>
        <source>Backtest over %1 transactions (%2 labelled fraud): the enabled rules together hit %3, precision %4, recall %5.</source>
        <translation>在 %1 笔交易（其中 %2 笔标注为欺诈）上回测：已启用规则合计命中 %3 笔，精确率 %4，召回率 %5。</translation>
    </message>
    <message>
        <location filename="../ui/rules_editor.cpp" line="290"/>
        <source>Backtest over %1 transactions: the enabled rules together hit %2. No labels in this data, so precision and recall are unknown.</source>
        <translation>在 %1 笔交易上回测：已启用规则合计命中 %2 笔。此数据没有标签，因此精确率和召回率未知。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::RulesTableModel</name>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="13"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="15"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="17"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="123"/>
        <source>cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="195"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="197"/>
        <source>Severity</source>
        <translation>严重度</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="199"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="201"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="203"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="205"/>
        <source>Hits</source>
        <translation>命中数</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="207"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../ui/rules_table_model.cpp" line="209"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::ScreenshotDirector</name>
    <message>
        <location filename="../ui/screenshot_director.cpp" line="47"/>
        <source>the view did not finish loading within %1 s</source>
        <translation>视图未能在 %1 秒内完成加载</translation>
    </message>
    <message>
        <location filename="../ui/screenshot_director.cpp" line="107"/>
        <source>the database has no alerts to show an account from</source>
        <translation>数据库中没有告警，无法据此显示账户</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="29"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>The new language takes effect after a restart.</source>
        <translation>新语言将在重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="41"/>
        <source>Show a &amp;notification when a long job finishes</source>
        <translation>耗时任务完成时显示通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="46"/>
        <source>Case work</source>
        <translation>案件处理</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="50"/>
        <source>Recorded in the audit log with every decision you take</source>
        <translation>您做出的每项决策都会连同此名称记录在审计日志中</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="51"/>
        <source>&amp;Analyst name:</source>
        <translation>分析师名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="52"/>
        <source>&amp;Auditor mode: browse only, take no decisions</source>
        <translation>审计员模式(&amp;A)：仅浏览，不做决策</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="57"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="61"/>
        <source>Automatic (GPU when available)</source>
        <translation>自动（可用时使用 GPU）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="62"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="63"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="64"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="68"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="69"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU 线程数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="72"/>
        <source>Alert &amp;budget:</source>
        <translation>告警预算(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="79"/>
        <source> % of transactions</source>
        <translation> % 的交易</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="80"/>
        <source>Risk &amp;threshold:</source>
        <translation>风险阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="94"/>
        <source>Alerts:</source>
        <translation>告警：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="95"/>
        <source>Applies to the next scoring run.</source>
        <translation>将应用于下一次评分运行。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="123"/>
        <source>Enter an analyst name: every decision is recorded under it.</source>
        <translation>请输入分析师名称：每项决策都将以该名称记录。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::StartPage</name>
    <message>
        <location filename="../ui/start_page.cpp" line="36"/>
        <source>FraudLens</source>
        <translation>FraudLens</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="43"/>
        <source>Find, explain and work the suspicious transactions, accounts and rings in your e-commerce data.</source>
        <translation>发现、解释并处理电商数据中的可疑交易、账户和欺诈团伙。</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="51"/>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="54"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="57"/>
        <source>Open demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="60"/>
        <source>Build (once) and score a labelled demo data set, then open its alert queue</source>
        <translation>构建（仅首次）并评分一个带标签的演示数据集，然后打开其告警队列</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="68"/>
        <source>Recent databases</source>
        <translation>最近使用的数据库</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="133"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="133"/>
        <source>%1 — %2 (missing)</source>
        <translation>%1 — %2（缺失）</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="145"/>
        <source>No recent databases yet: open one, import a CSV file, or try the demo.</source>
        <translation>尚无最近使用的数据库：请打开一个数据库、导入 CSV 文件，或试用演示。</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="151"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="152"/>
        <source>FraudLens databases (*.db);;All files (*)</source>
        <translation>FraudLens 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="162"/>
        <source>%1 is no longer there. Press Delete to remove it from the list.</source>
        <translation>%1 已不存在。按 Delete 键可将其从列表中移除。</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="176"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/start_page.cpp" line="179"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TimeSeriesChart</name>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="230"/>
        <source>Burst hour</source>
        <translation>突发小时</translation>
    </message>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="231"/>
        <location filename="../ui/time_series_chart.cpp" line="234"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="232"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../ui/time_series_chart.cpp" line="233"/>
        <location filename="../ui/time_series_chart.cpp" line="235"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TimestampSpecEditor</name>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="27"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="28"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="29"/>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="30"/>
        <source>Detect reads ISO 8601 times and Unix epochs in seconds or milliseconds</source>
        <translation>自动检测可读取 ISO 8601 时间以及以秒或毫秒为单位的 Unix 时间戳</translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="36"/>
        <source>strftime-style: %Y year, %m month, %d day, %H hour, %M minute, %S second</source>
        <translation>strftime 格式：%Y 年，%m 月，%d 日，%H 时，%M 分，%S 秒</translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="45"/>
        <source>since</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../ui/timestamp_spec_editor.cpp" line="50"/>
        <source>The moment that the value 0 stands for, in ISO 8601</source>
        <translation>数值 0 所代表的时刻，采用 ISO 8601 格式</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/training_panel.cpp" line="48"/>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="50"/>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="52"/>
        <source>of which training</source>
        <translation>其中训练</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="54"/>
        <source>of which scoring</source>
        <translation>其中评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="56"/>
        <source>rings</source>
        <translation>欺诈团伙</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="58"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="60"/>
        <source>bursts</source>
        <translation>突发</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="62"/>
        <source>fusion, reasons and alerts</source>
        <translation>融合、原因与告警</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="82"/>
        <location filename="../ui/training_panel.cpp" line="215"/>
        <source>Training and scoring</source>
        <translation>训练与评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="88"/>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="93"/>
        <source>The same seed gives the same scores on the CPU</source>
        <translation>在 CPU 上，相同的种子会得到相同的评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="97"/>
        <source>All cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="101"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="102"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="103"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="106"/>
        <source>Train and score</source>
        <translation>训练并评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="109"/>
        <source>Train new models on all transactions, then score every transaction</source>
        <translation>在所有交易上训练新模型，然后对每笔交易评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="110"/>
        <source>Re-score with current models</source>
        <translation>用当前模型重新评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="112"/>
        <source>Score every transaction again with the latest trained models, e.g. after editing rules</source>
        <translation>用最近训练的模型对每笔交易重新评分，例如在编辑规则之后</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="119"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="120"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="121"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="122"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="143"/>
        <source>Checking whether CUDA is available…</source>
        <translation>正在检查 CUDA 是否可用…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="173"/>
        <source>Train and score on the GPU</source>
        <translation>在 GPU 上训练并评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="173"/>
        <source>CUDA is not available on this machine</source>
        <translation>此计算机上没有可用的 CUDA</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="181"/>
        <source>Not scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="186"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="188"/>
        <source>Latest run #%1 on %2, finished %3. Time per stage: %4.</source>
        <translation>最近一次运行 #%1，设备 %2，完成于 %3。各阶段用时：%4。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="215"/>
        <source>Re-scoring with the current models</source>
        <translation>正在用当前模型重新评分</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="219"/>
        <source>Scoring cancelled: the previous results stand.</source>
        <translation>评分已取消：之前的结果保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="222"/>
        <source>Scored %1 transactions on %2 as run #%3: %4 alerts, %5 rings.</source>
        <translation>已在 %2 上对 %1 笔交易完成评分（运行 #%3）：%4 条告警，%5 个欺诈团伙。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::TransactionDetails</name>
    <message>
        <location filename="../ui/transaction_details.cpp" line="34"/>
        <source>Transaction %1 at %2</source>
        <translation>交易 %1，时间 %2</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="37"/>
        <source>Status %1 · device %2 · IP %3 · card %4</source>
        <translation>状态 %1 · 设备 %2 · IP %3 · 银行卡 %4</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="41"/>
        <source>Risk %1 · autoencoder %2 · sequence %3 · rings %4 · rules %5 · bursts %6</source>
        <translation>风险 %1 · 自编码器 %2 · 序列 %3 · 欺诈团伙 %4 · 规则 %5 · 突发 %6</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="46"/>
        <source>The data labels it fraud.</source>
        <translation>数据将其标注为欺诈。</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="46"/>
        <source>The data labels it genuine.</source>
        <translation>数据将其标注为正常。</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="48"/>
        <source>Part of an alert on this account.</source>
        <translation>属于此账户的一条告警。</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="51"/>
        <source>Not scored yet: run a scoring to see reasons.</source>
        <translation>尚未评分：请运行评分以查看原因。</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="53"/>
        <source>No reasons: no detector found this transaction unusual.</source>
        <translation>无原因：没有检测器认为此交易异常。</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="56"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../ui/transaction_details.cpp" line="63"/>
        <source>Select a transaction to see why it scored as it did.</source>
        <translation>选择一笔交易以查看其评分原因。</translation>
    </message>
</context>
<context>
    <name>fraudlens::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace.h" line="101"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
</TS>
