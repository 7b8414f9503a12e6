<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fraudlens::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="30"/>
        <source>FraudLens</source>
        <translation>FraudLens 欺诈透镜</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="34"/>
        <source>No database open. Use File → Open to choose one.</source>
        <translation>尚未打开数据库。请通过“文件 → 打开”选择一个。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="56"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="57"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="58"/>
        <source>Labelled fraud</source>
        <translation>已标注欺诈</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>Time range (UTC)</source>
        <translation>时间范围（UTC）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="60"/>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="61"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="62"/>
        <source>Fraud patterns</source>
        <translation>欺诈模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="68"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>&amp;About FraudLens</source>
        <translation>关于 FraudLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="80"/>
        <source>About FraudLens</source>
        <translation>关于 FraudLens</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>FraudLens %1: e-commerce fraud and anomaly investigation.</source>
        <translation>FraudLens %1：电商欺诈与异常调查。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>FraudLens databases (*.db *.sqlite);;All files (*)</source>
        <translation>FraudLens 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <location filename="../ui/main_window.cpp" line="105"/>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="112"/>
        <source>FraudLens – %1</source>
        <translation>FraudLens 欺诈透镜 – %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114"/>
        <source>%1 (%2 frozen)</source>
        <translation>%1（%2 个已冻结）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>%1 (%2 % of transactions)</source>
        <translation>%1（占交易的 %2 %）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120"/>
        <source>no labels</source>
        <translation>无标注</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="124"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>intact, %1 entries</source>
        <translation>完整，共 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>BROKEN – run Verify integrity</source>
        <translation>已损坏 – 请运行“验证完整性”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>%1 transactions, %2 accounts</source>
        <translation>%1 笔交易，%2 个账户</translation>
    </message>
</context>
</TS>
