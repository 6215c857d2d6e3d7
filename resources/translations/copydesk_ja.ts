<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source>An editorial workstation for newsrooms that publish on WordPress.</source>
        <translation>WordPress で記事を配信する編集局のための編集端末です。</translation>
    </message>
    <message>
        <source>Desk folder: {0}</source>
        <translation>デスクのフォルダー: {0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>ログ: {0}</translation>
    </message>
    <message>
        <source>No WordPress site is connected yet.</source>
        <translation>WordPress サイトにはまだ接続していません。</translation>
    </message>
    <message>
        <source>Qt {0} (PySide6 {1}), Python {2}</source>
        <translation>Qt {0}(PySide6 {1})、Python {2}</translation>
    </message>
    <message>
        <source>WordPress on the connected sites:</source>
        <translation>接続中のサイトの WordPress:</translation>
    </message>
    <message>
        <source>version not known yet (read when the site is checked or synced)</source>
        <translation>バージョン未確認(サイトの確認か同期のときに取得します)</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Byline field:</source>
        <translation>署名フィールド(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>1 author on the site</source>
        <translation>サイトの執筆者: 1 人</translation>
    </message>
    <message>
        <source>Add a WordPress Site</source>
        <translation>WordPress サイトを追加</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>アプリケーションパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>アプリケーションパスワード</translation>
    </message>
    <message>
        <source>Authors on the site</source>
        <translation>サイトの執筆者</translation>
    </message>
    <message>
        <source>But the password cannot be saved here — no usable keychain. {problem}</source>
        <translation>ただし、使えるキーチェーンがないため、この端末にはパスワードを保存できません。{problem}</translation>
    </message>
    <message>
        <source>Byline field</source>
        <translation>署名フィールド</translation>
    </message>
    <message>
        <source>Connected to {site}.</source>
        <translation>{site} に接続しました。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動で検出</translation>
    </message>
    <message>
        <source>Enter a new application password for {user} at {url}. The site stays paused until it is saved.</source>
        <translation>{url} のユーザー {user} の新しいアプリケーションパスワードを入力してください。保存するまでこのサイトとの同期は止まったままです。</translation>
    </message>
    <message>
        <source>Fill in the site name, address, user name and application password.</source>
        <translation>サイト名、アドレス、ユーザー名、アプリケーションパスワードを入力してください。</translation>
    </message>
    <message>
        <source>None (byline at the top of the story or left out)</source>
        <translation>なし (署名は記事の冒頭に置くか省く)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
    <message>
        <source>Re-enter Password — {site}</source>
        <translation>パスワードの再入力 — {site}</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>アカウントを保存</translation>
    </message>
    <message>
        <source>Saved {site}. The password is in the system keychain.</source>
        <translation>{site} を保存しました。パスワードはシステムのキーチェーンにあります。</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>キーチェーンにパスワードを保存しています…</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>サイト名(&amp;N):</translation>
    </message>
    <message>
        <source>Site account</source>
        <translation>サイトのアカウント</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>サイトのアドレス</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>サイト名</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Test the connection to see the site&apos;s authors and fields.</source>
        <translation>接続をテストすると、サイトの執筆者とフィールドが表示されます。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>The site&apos;s time zone is {zone}.</source>
        <translation>サイトのタイムゾーンは {zone} です。</translation>
    </message>
    <message>
        <source>Where a byline goes when it names no author of the site that this account may set.</source>
        <translation>署名が、このアカウントで設定できるサイトの執筆者を指していないときの置き場所。</translation>
    </message>
    <message>
        <source>Where to create an application password</source>
        <translation>アプリケーションパスワードの作り方</translation>
    </message>
    <message>
        <source>WordPress user name</source>
        <translation>WordPress のユーザー名</translation>
    </message>
    <message>
        <source>e.g. Daily Herald</source>
        <translation>例: 東都新聞デジタル</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>your WordPress login name</source>
        <translation>WordPress のログイン名</translation>
    </message>
    <message>
        <source>{count} authors on the site</source>
        <translation>サイトの執筆者: {count} 人</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>Copydesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>記事を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>デスク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>集中モード(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>ナビゲーター(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新しい記事(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Selected Article</source>
        <translation>選択した記事を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>アウトライン(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paragraph (no heading)</source>
        <translation>段落(見出しなし)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引用(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>一覧を更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save Point</source>
        <translation>保存ポイント(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sections and Tags…</source>
        <translation>セクションとタグ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Article &amp;Details</source>
        <translation>記事の詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Block quote (&gt; text)</source>
        <translation>ブロック引用(&gt; テキスト)</translation>
    </message>
    <message>
        <source>Bold (**text**)</source>
        <translation>太字(**テキスト**)</translation>
    </message>
    <message>
        <source>Close the current article</source>
        <translation>開いている記事を閉じる</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Earlier versions of this article</source>
        <translation>この記事の以前の版</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>書式(&amp;O)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Find and replace in the article</source>
        <translation>記事内で検索して置換</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>見出し 1(&amp;1)</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>見出し 2(&amp;2)</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>見出し 3(&amp;3)</translation>
    </message>
    <message>
        <source>Interface language, editor font, theme, autosave, publish format…</source>
        <translation>表示言語、エディターのフォント、テーマ、自動保存、公開形式など</translation>
    </message>
    <message>
        <source>Italic (*text*)</source>
        <translation>斜体(*テキスト*)</translation>
    </message>
    <message>
        <source>Link ([text](https://…))</source>
        <translation>リンク([テキスト](https://…))</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Manage sections and tags</source>
        <translation>セクションとタグを管理</translation>
    </message>
    <message>
        <source>Move the current article to the trash</source>
        <translation>開いている記事をゴミ箱に移動</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>ゴミ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <source>Next Article Tab</source>
        <translation>次の記事タブ</translation>
    </message>
    <message>
        <source>Open &amp;Desk Folder…</source>
        <translation>デスクのフォルダーを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the article selected in the list</source>
        <translation>一覧で選択した記事を開く</translation>
    </message>
    <message>
        <source>Open the desk in another folder</source>
        <translation>別のフォルダーのデスクを開く</translation>
    </message>
    <message>
        <source>Open the folder with Copydesk&apos;s log files</source>
        <translation>Copydesk のログファイルのフォルダーを開く</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>環境設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Previous Article Tab</source>
        <translation>前の記事タブ</translation>
    </message>
    <message>
        <source>Record a revision now (the text is autosaved as you type)</source>
        <translation>今の状態を版として記録(本文は入力中も自動保存されます)</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>版の履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Save everything and quit</source>
        <translation>すべて保存して終了</translation>
    </message>
    <message>
        <source>Search &amp;Articles</source>
        <translation>記事を検索(&amp;A)</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>すべての記事を検索</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Logs</source>
        <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>詳細パネルの表示・非表示</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>ナビゲーターの表示・非表示</translation>
    </message>
    <message>
        <source>Show or hide the outline of headings</source>
        <translation>見出しのアウトラインの表示・非表示</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>プレビューの表示・非表示</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>新しい下書きを始める</translation>
    </message>
    <message>
        <source>The editor alone, full screen (Esc leaves)</source>
        <translation>エディターだけを全画面で表示(Esc で戻る)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Changed since the last sync</source>
        <translation>前回の同期以降に変更あり</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation>セクション: {section}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>1 article</source>
        <translation>1 本の記事</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>記事数</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>記事一覧</translation>
    </message>
    <message>
        <source>Could not list articles: {error}</source>
        <translation>記事の一覧を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>記事を検索</translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation>記事を検索…</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} 本の記事</translation>
    </message>
</context>
<context>
    <name>BylineChoiceDialog</name>
    <message>
        <source>Publish Without Byline</source>
        <translation>署名なしで公開</translation>
    </message>
    <message>
        <source>Put it at the top of the story as its own line, or publish without a byline?</source>
        <translation>記事の冒頭に独立した行として入れますか、それとも署名なしで公開しますか？</translation>
    </message>
    <message>
        <source>Put the Byline at the Top of the Story</source>
        <translation>署名を記事の冒頭に入れる</translation>
    </message>
    <message>
        <source>The byline “{byline}” names no author of the site, and the site has no byline field.</source>
        <translation>署名「{byline}」はサイトの投稿者のだれとも一致せず、サイトには署名用の欄もありません。</translation>
    </message>
    <message>
        <source>Where does the byline go?</source>
        <translation>署名をどこに入れますか？</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>An open article could not take in its latest saved version: {error}</source>
        <translation>開いている記事に最新の保存内容を反映できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>About Copydesk</source>
        <translation>Copydesk について</translation>
    </message>
    <message>
        <source>Could not create an article: {error}</source>
        <translation>記事を作成できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not move it to the trash: {error}</source>
        <translation>ゴミ箱に移動できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not record a save point: {error}</source>
        <translation>保存ポイントを記録できませんでした: {error}</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>「{title}」をゴミ箱に移動しますか?</translation>
    </message>
    <message>
        <source>Save point recorded in the history.</source>
        <translation>保存ポイントを履歴に記録しました。</translation>
    </message>
    <message>
        <source>Saved; the history already holds this text.</source>
        <translation>保存しました。この本文はすでに履歴にあります。</translation>
    </message>
    <message>
        <source>The logs are in {0}</source>
        <translation>ログは {0} にあります</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>無題の記事</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>解決(&amp;R)…</translation>
    </message>
    <message>
        <source>1 article changed both here and on the site. Nothing of it is sent until you decide; both versions stay in the history.</source>
        <translation>1 本の記事が、この端末とサイトの両方で変更されました。どちらを採るか決めるまで何も送信しません。両方の版は履歴に残ります。</translation>
    </message>
    <message>
        <source>Conflict messages</source>
        <translation>競合に関するメッセージ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation>判断待ちの競合</translation>
    </message>
    <message>
        <source>Decision saved: the site&apos;s text is now the article&apos;s.</source>
        <translation>判断を保存しました。サイト側の本文をこの記事に採用しました。</translation>
    </message>
    <message>
        <source>Decision saved; it goes to the site on the next sync.</source>
        <translation>判断を保存しました。次の同期でサイトに送信します。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step with the site.</source>
        <translation>競合はありません。すべてサイトと一致しています。</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解決の競合</translation>
    </message>
    <message>
        <source>Resolve Conflict — deleted on the site: keep theirs moves the article to the trash, keep mine publishes it again</source>
        <translation>競合の解決 — サイトで削除済み: サイト側を採ると記事はゴミ箱へ、こちらを採ると再び公開されます</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>選択した競合を解決</translation>
    </message>
    <message>
        <source>Saving your decision…</source>
        <translation>判断を保存しています…</translation>
    </message>
    <message>
        <source>{count} articles changed both here and on the site. Nothing of them is sent until you decide; both versions stay in the history.</source>
        <translation>{count} 本の記事が、この端末とサイトの両方で変更されました。どちらを採るか決めるまで何も送信しません。両方の版は履歴に残ります。</translation>
    </message>
    <message>
        <source>{title} — deleted on the site (since {time})</source>
        <translation>{title} — サイトで削除済み({time} 以降)</translation>
    </message>
    <message>
        <source>{title} — edited here and on the site (since {time})</source>
        <translation>{title} — この端末とサイトの両方で編集({time} 以降)</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>&amp;Dek:</source>
        <translation>サブ見出し(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>見出し(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Use merged text</source>
        <translation>統合した本文を使う(&amp;U)</translation>
    </message>
    <message>
        <source>1 line changed on both sides.</source>
        <translation>1 行が両方で変更されています。</translation>
    </message>
    <message>
        <source>Conflict summary</source>
        <translation>競合の概要</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>こちらを採る(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>サイト側を採る(&amp;T)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>こちらを採る</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>サイト側を採る</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>前回の同期時</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Merged body</source>
        <translation>統合した本文</translation>
    </message>
    <message>
        <source>Merged dek</source>
        <translation>統合したサブ見出し</translation>
    </message>
    <message>
        <source>Merged headline</source>
        <translation>統合した見出し</translation>
    </message>
    <message>
        <source>Merged text (edit freely; starts as mine)</source>
        <translation>統合した本文(自由に編集できます。最初はこちらの本文です)</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>こちら(この端末)</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>競合を解決</translation>
    </message>
    <message>
        <source>Send my text to the site; theirs stays in the history</source>
        <translation>こちらの本文をサイトに送信(サイト側は履歴に残ります)</translation>
    </message>
    <message>
        <source>Start again from mine</source>
        <translation>こちらの本文からやり直す</translation>
    </message>
    <message>
        <source>Start again from theirs</source>
        <translation>サイト側の本文からやり直す</translation>
    </message>
    <message>
        <source>Start merged text from mine</source>
        <translation>統合をこちらの本文から始める</translation>
    </message>
    <message>
        <source>Start merged text from theirs</source>
        <translation>統合をサイト側の本文から始める</translation>
    </message>
    <message>
        <source>Take the site&apos;s text; mine stays in the history</source>
        <translation>サイト側の本文を採用(こちらは履歴に残ります)</translation>
    </message>
    <message>
        <source>Theirs (on the site)</source>
        <translation>サイト側</translation>
    </message>
    <message>
        <source>This article changed here and on the site since the last sync.</source>
        <translation>この記事は前回の同期以降、この端末とサイトの両方で変更されました。</translation>
    </message>
    <message>
        <source>Use merged text</source>
        <translation>統合した本文を使う</translation>
    </message>
    <message>
        <source>{count} lines changed on both sides.</source>
        <translation>{count} 行が両方で変更されています。</translation>
    </message>
    <message>
        <source>{side}: body</source>
        <translation>{side}: 本文</translation>
    </message>
    <message>
        <source>{side}: dek</source>
        <translation>{side}: サブ見出し</translation>
    </message>
    <message>
        <source>{side}: headline</source>
        <translation>{side}: 見出し</translation>
    </message>
    <message>
        <source>~ changed from the last synced text   + added   ! changed on both sides</source>
        <translation>~ 前回の同期から変更   + 追加   ! 両方で変更</translation>
    </message>
</context>
<context>
    <name>DeleteTermDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Give its articles this section:</source>
        <translation>記事の移し先のセクション(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Give its articles this tag:</source>
        <translation>記事に付け替えるタグ(&amp;G):</translation>
    </message>
    <message>
        <source>(none: the articles just lose this section)</source>
        <translation>(なし: 記事からこのセクションが外れるだけ)</translation>
    </message>
    <message>
        <source>(none: the articles just lose this tag)</source>
        <translation>(なし: 記事からこのタグが外れるだけ)</translation>
    </message>
    <message>
        <source>Articles affected</source>
        <translation>影響を受ける記事</translation>
    </message>
    <message>
        <source>Delete Section “{name}”</source>
        <translation>セクション「{name}」を削除</translation>
    </message>
    <message>
        <source>Delete Tag “{name}”</source>
        <translation>タグ「{name}」を削除</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>セクションを削除</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Give its articles this section instead</source>
        <translation>記事を代わりにこのセクションへ</translation>
    </message>
    <message>
        <source>Give its articles this tag instead</source>
        <translation>記事に代わりにこのタグを付ける</translation>
    </message>
    <message>
        <source>Its sub-section will move up one level.</source>
        <translation>下位セクションは 1 階層上に移ります。</translation>
    </message>
    <message>
        <source>Its {count} sub-sections will move up one level.</source>
        <translation>{count} 個の下位セクションは 1 階層上に移ります。</translation>
    </message>
    <message>
        <source>“{name}” is used by {articles}.</source>
        <translation>「{name}」は {articles}で使われています。</translation>
    </message>
</context>
<context>
    <name>FeaturedImageKeeper</name>
    <message>
        <source>Could not add the featured image: {error}</source>
        <translation>アイキャッチ画像を追加できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not read the featured image: {error}</source>
        <translation>アイキャッチ画像を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not remove the featured image: {error}</source>
        <translation>アイキャッチ画像を外せませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not save the image description: {error}</source>
        <translation>画像の説明を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Featured image added to the article.</source>
        <translation>記事にアイキャッチ画像を追加しました。</translation>
    </message>
    <message>
        <source>Featured image removed from the article.</source>
        <translation>記事からアイキャッチ画像を外しました。</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>{count} 件を置換</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>単語単位</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore this revision…</source>
        <translation>この版を復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <source>Changes since the revision of {time}: − removed since, + added since</source>
        <translation>{time} の版からの変更: − 以後に削除、+ 以後に追加</translation>
    </message>
    <message>
        <source>Changes since the selected revision</source>
        <translation>選択した版からの変更</translation>
    </message>
    <message>
        <source>Changes since this revision: − removed since, + added since</source>
        <translation>この版からの変更: − 以後に削除、+ 以後に追加</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Conflict: mine</source>
        <translation>競合: こちら</translation>
    </message>
    <message>
        <source>Conflict: theirs</source>
        <translation>競合: サイト側</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>From the site</source>
        <translation>サイトから</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>「{title}」の履歴</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>No differences: this revision matches the current text.</source>
        <translation>違いはありません。この版は現在の本文と同じです。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Replace the article&apos;s current text with the revision of {time}?</source>
        <translation>記事の現在の本文を {time} の版で置き換えますか?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>版を復元</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>版を復元</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>この版を復元</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restored the revision of {time}.</source>
        <translation>{time} の版を復元しました。</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>版の履歴</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The current text stays in the history, so this can be undone.</source>
        <translation>現在の本文は履歴に残るので、元に戻せます。</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {error}</source>
        <translation>予期しないエラー({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>レビュー待ち</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>{count} character</source>
        <translation>{count} 文字</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 文字</translation>
    </message>
    <message>
        <source>{count} word</source>
        <translation>{count} 語</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} 語</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All changes saved</source>
        <translation>すべて保存済み</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>変更が保存されていません</translation>
    </message>
    <message>
        <source>Copydesk — {desk}</source>
        <translation>Copydesk — {desk}</translation>
    </message>
    <message>
        <source>Could not load sections: {error}</source>
        <translation>セクションを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not open the article: {error}</source>
        <translation>記事を開けませんでした: {error}</translation>
    </message>
    <message>
        <source>Not saved — will retry</source>
        <translation>未保存 — 再試行します</translation>
    </message>
    <message>
        <source>Open a Desk Folder</source>
        <translation>デスクのフォルダーを開く</translation>
    </message>
    <message>
        <source>Open an article from the list, or press Ctrl+N for a new one.</source>
        <translation>一覧から記事を開くか、Ctrl+N で新しい記事を作成してください。</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>開いている記事</translation>
    </message>
    <message>
        <source>Preferences saved. The unreadable earlier file was kept as {file}.</source>
        <translation>環境設定を保存しました。読み込めなかった以前のファイルは {file} として残してあります。</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>保存状態</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Some changes could not be saved to the store. They are kept in the recovery folder and will be offered when Copydesk starts again. Quit anyway?</source>
        <translation>一部の変更をストアに保存できませんでした。変更は復元用フォルダーに残り、次に Copydesk を起動したときに復元を案内します。このまま終了しますか?</translation>
    </message>
    <message>
        <source>Syntax highlighting is off for this very large article.</source>
        <translation>この記事は非常に大きいため、構文の色分けをオフにしています。</translation>
    </message>
    <message>
        <source>The preferences could not be read ({error}); the defaults are used until you save new ones.</source>
        <translation>環境設定を読み込めませんでした({error})。新しく保存するまで既定値を使います。</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {error}</source>
        <translation>環境設定を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>The recovered text is back in the article.</source>
        <translation>復元した本文を記事に戻しました。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更あり</translation>
    </message>
    <message>
        <source>Word count and reading time</source>
        <translation>文字数と読了時間</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>約 {minutes} 分で読了</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Add “{0}” to Dictionary</source>
        <translation>「{0}」を辞書に追加</translation>
    </message>
    <message>
        <source>Article body</source>
        <translation>記事本文</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <source>The article text in Markdown</source>
        <translation>Markdown で書かれた記事本文</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>リンクの文字列</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <source>&amp;Keep:</source>
        <translation>残すタグ(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Choose another tag to keep, or select more tags to merge.</source>
        <translation>残す別のタグを選ぶか、統合するタグをさらに選んでください。</translation>
    </message>
    <message>
        <source>Keep this tag</source>
        <translation>このタグを残す</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation>統合の概要</translation>
    </message>
    <message>
        <source>Tags to merge</source>
        <translation>統合するタグ</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>up to {articles}</source>
        <translation>最大 {articles}</translation>
    </message>
    <message>
        <source>{names} will be deleted; {articles} will carry “{target}” instead.</source>
        <translation>{names} は削除され、{articles}には代わりに「{target}」が付きます。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {error}</source>
        <translation>予期しないエラー({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>(no section)</source>
        <translation>(セクションなし)</translation>
    </message>
    <message>
        <source>A sentence or two under the headline</source>
        <translation>見出しの下に添える 1〜2 文</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>記事の詳細</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Choose featured image file</source>
        <translation>アイキャッチ画像のファイルを選ぶ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>サブ見出し</translation>
    </message>
    <message>
        <source>Featured Image</source>
        <translation>アイキャッチ画像</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>アイキャッチ画像</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>画像のキャプション</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>画像のクレジット</translation>
    </message>
    <message>
        <source>Image description (alt text)</source>
        <translation>画像の説明(代替テキスト)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Longer than this desk&apos;s threshold (Preferences)</source>
        <translation>このデスクの上限を超えています(環境設定)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>予約日時</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>image file or https:// address</source>
        <translation>画像ファイルまたは https:// のアドレス</translation>
    </message>
    <message>
        <source>made from the headline when empty</source>
        <translation>空欄なら見出しから作成</translation>
    </message>
    <message>
        <source>photographer or agency</source>
        <translation>撮影者または通信社</translation>
    </message>
    <message>
        <source>shown under the image</source>
        <translation>画像の下に表示</translation>
    </message>
    <message>
        <source>what the image shows, for readers who cannot see it</source>
        <translation>画像を見られない読者のために、写っている内容を説明</translation>
    </message>
    <message>
        <source>{count}/{limit} characters</source>
        <translation>{count}/{limit} 文字</translation>
    </message>
    <message>
        <source>{count}/{limit} words</source>
        <translation>{count}/{limit} 語</translation>
    </message>
</context>
<context>
    <name>MoveSectionDialog</name>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;under:</source>
        <translation>移動先(&amp;U):</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>「{name}」を移動</translation>
    </message>
    <message>
        <source>New parent section</source>
        <translation>新しい親セクション</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>All articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>ナビゲーター</translation>
    </message>
    <message>
        <source>Not on a site yet</source>
        <translation>まだサイトにない記事</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Sites, sections, tags, statuses and languages; choose one to filter the list</source>
        <translation>サイト、セクション、タグ、ステータス、言語。選ぶと一覧を絞り込みます</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>This desk (no site yet)</source>
        <translation>このデスク(サイト未設定)</translation>
    </message>
    <message>
        <source>active filter</source>
        <translation>適用中の絞り込み</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>That did not work: {error}</source>
        <translation>うまくいきませんでした: {error}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind}); see Details or the log</source>
        <translation>予期しないエラー ({kind})。「詳細」またはログを確認してください</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>(untitled heading)</source>
        <translation>(無題の見出し)</translation>
    </message>
    <message>
        <source>No headings yet: start a line with ## for one.</source>
        <translation>見出しはまだありません。行頭に ## を付けると見出しになります。</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>The article&apos;s headings: click one to go there</source>
        <translation>記事の見出し。クリックするとその位置に移動します</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> words</source>
        <translation> 語</translation>
    </message>
    <message>
        <source>(none: the only site takes new work)</source>
        <translation>(なし: サイトが 1 つなら、そのサイトに送ります)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>システムに合わせる({language})</translation>
    </message>
    <message>
        <source>Autosave at least every</source>
        <translation>自動保存の最大間隔</translation>
    </message>
    <message>
        <source>Blocks (opens as blocks in the block editor)</source>
        <translation>ブロック(ブロックエディターでブロックとして開けます)</translation>
    </message>
    <message>
        <source>Check Korean articles</source>
        <translation>韓国語の記事もチェック</translation>
    </message>
    <message>
        <source>Check spelling as I type</source>
        <translation>入力中にスペルをチェック</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Default site</source>
        <translation>既定のサイト</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>サブ見出し</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>エディターのフォント</translation>
    </message>
    <message>
        <source>English dictionary</source>
        <translation>英語の辞書</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Japanese has no spelling dictionary and is not checked.</source>
        <translation>日本語にはスペル辞書がないため、チェックしません。</translation>
    </message>
    <message>
        <source>Language of new articles</source>
        <translation>新しい記事の言語</translation>
    </message>
    <message>
        <source>Length thresholds (marked beside the headline and dek when passed)</source>
        <translation>長さの上限(超えると見出しとサブ見出しの横に表示します)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Plain HTML (a Classic block)</source>
        <translation>HTML のみ(クラシックブロック)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation>プレビューの幅</translation>
    </message>
    <message>
        <source>Publish format</source>
        <translation>公開形式</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <source>The system&apos;s font</source>
        <translation>システムのフォント</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>英国英語</translation>
    </message>
    <message>
        <source>US English</source>
        <translation>米国英語</translation>
    </message>
    <message>
        <source>While you keep typing, the text is saved at least this often; a pause saves it at once.</source>
        <translation>入力を続けている間も、少なくともこの間隔で保存します。手を止めればすぐに保存します。</translation>
    </message>
</context>
<context>
    <name>Prepublish</name>
    <message>
        <source>Another post on the site (#{post}) already has the slug {slug}. Choose another slug.</source>
        <translation>サイトの別の投稿（#{post}）がすでにスラッグ {slug} を使っています。別のスラッグにしてください。</translation>
    </message>
    <message>
        <source>No section is chosen. Choose the section the story belongs to.</source>
        <translation>セクションが選ばれていません。記事が属するセクションを選んでください。</translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Wait for the save, then publish.</source>
        <translation>まだ保存されていない編集があります。保存を待ってから公開してください。</translation>
    </message>
    <message>
        <source>The byline {byline} names no author of the site and the site has no byline field; you will be asked where it goes.</source>
        <translation>署名 {byline} はサイトの著者にない名前で、サイトには署名欄もありません。どこに載せるかを後で尋ねます。</translation>
    </message>
    <message>
        <source>The dek has {length} characters; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>リードが {length} 文字あります。デスクの上限は {limit} 文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The dek has {length} words; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>リードが {length} 語あります。デスクの上限は {limit} 語です。短くしてください。</translation>
    </message>
    <message>
        <source>The featured image has no alt text. Describe it for readers who cannot see it.</source>
        <translation>アイキャッチ画像に代替テキストがありません。画像を見られない読者のために説明を書いてください。</translation>
    </message>
    <message>
        <source>The headline has {length} characters; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>見出しが {length} 文字あります。デスクの上限は {limit} 文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The headline has {length} words; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>見出しが {length} 語あります。デスクの上限は {limit} 語です。短くしてください。</translation>
    </message>
    <message>
        <source>The image {image} in the story has no alt text. Describe it.</source>
        <translation>本文の画像 {image} に代替テキストがありません。説明を書いてください。</translation>
    </message>
    <message>
        <source>The link {url} answers “not found” (404). Fix or remove it.</source>
        <translation>リンク {url} は「見つかりません」（404）を返します。直すか削除してください。</translation>
    </message>
    <message>
        <source>The link {url} is not a complete web address. Check it.</source>
        <translation>リンク {url} は完全なウェブアドレスではありません。確認してください。</translation>
    </message>
    <message>
        <source>The site could not be asked whether the slug is free, and links were not tried.</source>
        <translation>サイトに接続できず、スラッグが空いているかを確認できませんでした。リンクも確認していません。</translation>
    </message>
    <message>
        <source>The slug {slug} comes from a placeholder headline. Make it from the real headline.</source>
        <translation>スラッグ {slug} は仮の見出しから作られています。実際の見出しから作り直してください。</translation>
    </message>
    <message>
        <source>The story has no byline. Add the writer&apos;s name.</source>
        <translation>記事に署名がありません。筆者の名前を入れてください。</translation>
    </message>
    <message>
        <source>The story has no dek. Add a line that sums it up.</source>
        <translation>記事にリードがありません。内容をまとめる一文を加えてください。</translation>
    </message>
    <message>
        <source>The story has no featured image. Choose one for the front page.</source>
        <translation>記事にアイキャッチ画像がありません。トップページ用に一枚選んでください。</translation>
    </message>
    <message>
        <source>The story has no headline. Write one before publishing.</source>
        <translation>記事に見出しがありません。公開する前に書いてください。</translation>
    </message>
    <message>
        <source>The story was changed here and on the site. Resolve the conflict before publishing.</source>
        <translation>記事がこの端末とサイトの両方で変更されています。公開する前に競合を解決してください。</translation>
    </message>
</context>
<context>
    <name>PrepublishSheet</name>
    <message>
        <source>Before Publishing</source>
        <translation>公開の前に</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Fix what is marked “Must fix” before the story can go out.</source>
        <translation>「要修正」の項目を直すまで記事は公開できません。</translation>
    </message>
    <message>
        <source>Fix: {problem}</source>
        <translation>修正: {problem}</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Pre-publish checks</source>
        <translation>公開前のチェック</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>このまま公開</translation>
    </message>
    <message>
        <source>Schedule Anyway</source>
        <translation>このまま予約</translation>
    </message>
    <message>
        <source>The story can go out, but look at these first.</source>
        <translation>公開はできますが、先に次の点を確認してください。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message>
        <source>Preview paused: the rendered page is larger than the preview can show.</source>
        <translation>プレビューを一時停止中: 生成したページが大きすぎて表示できません。</translation>
    </message>
    <message>
        <source>Preview paused: this article is {size} MB, too large to preview while you type.</source>
        <translation>プレビューを一時停止中: この記事は {size} MB あり、入力中にプレビューするには大きすぎます。</translation>
    </message>
    <message>
        <source>The preview could not be rendered: {error}</source>
        <translation>プレビューを作成できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open an article to see its preview.</source>
        <translation>記事を開くとプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>プレビューのお知らせ</translation>
    </message>
</context>
<context>
    <name>PreviewWebView</name>
    <message>
        <source>Article preview</source>
        <translation>記事のプレビュー</translation>
    </message>
</context>
<context>
    <name>ProblemDetails</name>
    <message>
        <source>Details of the last problem</source>
        <translation>直前の問題の詳細</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>PublishQueueDialog</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>ジョブを取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>今すぐ送信(&amp;S)</translation>
    </message>
    <message>
        <source>1 job waiting, scheduled on the site or needing attention. A scheduled post goes out at its time even with Copydesk closed.</source>
        <translation>送信待ち、サイトで予約中、または確認が必要なジョブが 1 件あります。予約した記事は Copydesk を閉じていても予定の時刻に公開されます。</translation>
    </message>
    <message>
        <source>Cancel Publish Job</source>
        <translation>公開ジョブの取り消し</translation>
    </message>
    <message>
        <source>Cancel publishing “{title}”?</source>
        <translation>「{title}」の公開を取り消しますか?</translation>
    </message>
    <message>
        <source>Cancel the selected publish job</source>
        <translation>選択した公開ジョブを取り消す</translation>
    </message>
    <message>
        <source>Cancelled “{title}”: {message}</source>
        <translation>「{title}」を取り消しました: {message}</translation>
    </message>
    <message>
        <source>Cancelling “{title}”…</source>
        <translation>「{title}」を取り消しています…</translation>
    </message>
    <message>
        <source>It goes back to draft on the site with the next sync.</source>
        <translation>次の同期でサイト上の記事は下書きに戻ります。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Looking for queued jobs…</source>
        <translation>送信待ちのジョブを探しています…</translation>
    </message>
    <message>
        <source>Nothing queued to send.</source>
        <translation>送信待ちのジョブはありません。</translation>
    </message>
    <message>
        <source>Nothing waiting: every publish request has reached its site.</source>
        <translation>待機中のジョブはありません。すべての公開依頼がサイトに届いています。</translation>
    </message>
    <message>
        <source>Publish Queue</source>
        <translation>公開キュー</translation>
    </message>
    <message>
        <source>Publish jobs</source>
        <translation>公開ジョブ</translation>
    </message>
    <message>
        <source>Publish queue</source>
        <translation>公開キュー</translation>
    </message>
    <message>
        <source>Publish queue messages</source>
        <translation>公開キューのメッセージ</translation>
    </message>
    <message>
        <source>Reload the publish queue</source>
        <translation>公開キューを読み込み直す</translation>
    </message>
    <message>
        <source>Send the queued jobs to the site now</source>
        <translation>送信待ちのジョブを今すぐサイトに送る</translation>
    </message>
    <message>
        <source>Sending to {sites}…</source>
        <translation>{sites} に送信しています…</translation>
    </message>
    <message>
        <source>Show &amp;finished jobs (live, cancelled)</source>
        <translation>完了したジョブも表示(公開済み・取り消し)(&amp;F)</translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation>完了したジョブも表示</translation>
    </message>
    <message>
        <source>The article gets back the status it had before; nothing of its text is lost.</source>
        <translation>記事は以前のステータスに戻ります。本文は何も失われません。</translation>
    </message>
    <message>
        <source>see the jobs</source>
        <translation>ジョブを確認してください</translation>
    </message>
    <message>
        <source>{count} jobs waiting, scheduled on the site or needing attention. A scheduled post goes out at its time even with Copydesk closed.</source>
        <translation>送信待ち、サイトで予約中、または確認が必要なジョブが {count} 件あります。予約した記事は Copydesk を閉じていても予定の時刻に公開されます。</translation>
    </message>
    <message>
        <source>{site}: sent.</source>
        <translation>{site}: 送信しました。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>今すぐ公開</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>live</source>
        <translation>公開中</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今すぐ</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>A recovery file could not be read and was left in place: {file} ({error}). Any text in it was not recovered.</source>
        <translation>復元用ファイルを読み込めなかったため、そのまま残しました: {file}({error})。中の本文は復元されていません。</translation>
    </message>
    <message>
        <source>Copydesk stopped before the last changes to “{title}” (from {time} UTC) reached the store. The editor shows the last autosaved text; recover the newer text?</source>
        <translation>「{title}」への最後の変更({time} UTC)がストアに届く前に Copydesk が終了しました。エディターには最後に自動保存した本文が表示されています。より新しい本文を復元しますか?</translation>
    </message>
    <message>
        <source>Could not check the recovery file {file}: {error}</source>
        <translation>復元用ファイル {file} を確認できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not save the recovered text: {error}</source>
        <translation>復元した本文を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation>復元した本文</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Recovery failed: {error}</source>
        <translation>復元に失敗しました: {error}</translation>
    </message>
    <message>
        <source>Save as new article</source>
        <translation>新しい記事として保存</translation>
    </message>
    <message>
        <source>Unsaved text of “{title}” was found, but its article is no longer on this desk.</source>
        <translation>「{title}」の未保存の本文が見つかりましたが、その記事はもうこのデスクにありません。</translation>
    </message>
    <message>
        <source>an article</source>
        <translation>ある記事</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recovery notice</source>
        <translation>復元のお知らせ</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Check the disk and the folder&apos;s permissions; Copydesk saves again every few seconds.</source>
        <translation>ディスクとフォルダーの権限を確認してください。Copydesk は数秒ごとに保存し直します。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Free some space on the disk; Copydesk saves again by itself every few seconds.</source>
        <translation>ディスクの空きを作ってください。Copydesk は数秒ごとに自動で保存し直します。</translation>
    </message>
    <message>
        <source>Make it writable again; Copydesk saves again by itself every few seconds.</source>
        <translation>書き込めるように戻してください。Copydesk は数秒ごとに自動で保存し直します。</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>保存の問題</translation>
    </message>
    <message>
        <source>This article could not be saved.</source>
        <translation>この記事を保存できませんでした。</translation>
    </message>
    <message>
        <source>This article could not be saved: the desk&apos;s folder or disk is read-only.</source>
        <translation>この記事を保存できませんでした。デスクのフォルダーまたはディスクが読み取り専用です。</translation>
    </message>
    <message>
        <source>This article could not be saved: the disk is full.</source>
        <translation>この記事を保存できませんでした。ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Your text is still here and in the recovery file.</source>
        <translation>本文はこの画面と復旧ファイルに残っています。</translation>
    </message>
    <message>
        <source>Your text is still here: keep this window open.</source>
        <translation>本文はこの画面に残っています。このウィンドウを閉じないでください。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>In this computer&apos;s time zone. The site publishes at that moment even when Copydesk is closed, once the next sync has sent it.</source>
        <translation>この端末のタイムゾーンでの日時です。次の同期で送信されていれば、Copydesk を閉じていてもサイトがその時刻に公開します。</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Schedule Publication</source>
        <translation>公開を予約</translation>
    </message>
    <message>
        <source>Schedule publication</source>
        <translation>公開を予約</translation>
    </message>
</context>
<context>
    <name>SiteLookUi</name>
    <message>
        <source>, {n} on other sites left out</source>
        <translation>、ほかのサイトの {n} 件は除外</translation>
    </message>
    <message>
        <source>. Its article page could not be understood ({why}); articles stay in the desk&apos;s template</source>
        <translation>。記事ページを解析できなかったため({why})、記事はデスクのテンプレートで表示します</translation>
    </message>
    <message>
        <source>Could not learn the look of {site}: {why}. The preview keeps the look it had.</source>
        <translation>{site} のデザインを取得できませんでした: {why}。プレビューはこれまでのデザインのままです。</translation>
    </message>
    <message>
        <source>Fetch the site&apos;s article page again to preview articles in its look</source>
        <translation>サイトの記事ページを取得し直し、そのデザインで記事をプレビューする</translation>
    </message>
    <message>
        <source>Keep the Site&apos;s Header and Footer</source>
        <translation>サイトのヘッダーとフッターも表示</translation>
    </message>
    <message>
        <source>Learned the look of {site}: {files} files kept</source>
        <translation>{site} のデザインを取得しました: {files} 個のファイルを保存</translation>
    </message>
    <message>
        <source>Learning the look of {site}…</source>
        <translation>{site} のデザインを取得しています…</translation>
    </message>
    <message>
        <source>Open an article of a site first: the look is learned per site.</source>
        <translation>先にサイトの記事を開いてください。デザインはサイトごとに取得します。</translation>
    </message>
    <message>
        <source>Preview in the Site&apos;s Look</source>
        <translation>サイトのデザインでプレビュー</translation>
    </message>
    <message>
        <source>Refresh Site &amp;Look</source>
        <translation>サイトのデザインを更新(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SiteStatus</name>
    <message>
        <source>1 conflict</source>
        <translation>競合 1 件</translation>
    </message>
    <message>
        <source>Checking the account</source>
        <translation>アカウントを確認中</translation>
    </message>
    <message>
        <source>No site yet — Site → Add Site…</source>
        <translation>サイトはまだありません — サイト → サイトを追加…</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>取得中</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>paused: {reason}</source>
        <translation>一時停止中: {reason}</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>競合 {count} 件</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>失敗 {count} 件</translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation>未送信 {count} 件</translation>
    </message>
</context>
<context>
    <name>SiteStatusWidget</name>
    <message>
        <source>Site states unavailable:</source>
        <translation>サイトの状態を取得できません:</translation>
    </message>
    <message>
        <source>Site sync status</source>
        <translation>サイトの同期状況</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同期の進み具合</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>No {0} spelling dictionary is installed, so {0} words are not checked.</source>
        <translation>{0}のスペル辞書が入っていないため、{0}の単語はチェックしません。</translation>
    </message>
    <message>
        <source>The word was added for now, but the personal word list could not be saved.</source>
        <translation>単語は一時的に追加しましたが、個人用の単語リストを保存できませんでした。</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>英国英語</translation>
    </message>
    <message>
        <source>US English</source>
        <translation>米国英語</translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <source>Close the other one and try again, or open another folder.</source>
        <translation>もう一方を閉じてからやり直すか、別のフォルダーを開いてください。</translation>
    </message>
    <message>
        <source>Copied {count} articles to {folder}.</source>
        <translation>{count} 件の記事を {folder} に書き出しました。</translation>
    </message>
    <message>
        <source>Copy Articles Out…</source>
        <translation>記事を書き出す…</translation>
    </message>
    <message>
        <source>Copydesk cannot open this desk</source>
        <translation>Copydesk はこのデスクを開けません</translation>
    </message>
    <message>
        <source>Copying the articles out…</source>
        <translation>記事を書き出しています…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>ファイル: {path}</translation>
    </message>
    <message>
        <source>Folder for the Copied Articles</source>
        <translation>書き出した記事の保存先フォルダー</translation>
    </message>
    <message>
        <source>No article could be copied out of this file.</source>
        <translation>このファイルから書き出せた記事はありません。</translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation>別のフォルダーを開く…</translation>
    </message>
    <message>
        <source>Open a Desk Folder</source>
        <translation>デスクのフォルダーを開く</translation>
    </message>
    <message>
        <source>Open another folder</source>
        <translation>別のフォルダーを開く</translation>
    </message>
    <message>
        <source>Open another folder, or quit. The file has not been changed.</source>
        <translation>別のフォルダーを開くか、終了してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Restore the Copy from Before the Upgrade</source>
        <translation>アップグレード前のコピーに戻す</translation>
    </message>
    <message>
        <source>Save every article still readable as a Markdown file in a folder</source>
        <translation>読み出せる記事をすべて Markdown ファイルとしてフォルダーに保存します</translation>
    </message>
    <message>
        <source>Store error</source>
        <translation>ストアのエラー</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>ストアのファイル</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it</source>
        <translation>壊れたファイルは横に残します</translation>
    </message>
    <message>
        <source>The desk is in use by another Copydesk window or command.</source>
        <translation>このデスクは別の Copydesk のウィンドウかコマンドが使用中です。</translation>
    </message>
    <message>
        <source>The desk&apos;s store could not be opened.</source>
        <translation>デスクのストアを開けませんでした。</translation>
    </message>
    <message>
        <source>The desk&apos;s store file is damaged or is not a Copydesk store.</source>
        <translation>デスクのストアファイルが壊れているか、Copydesk のストアではありません。</translation>
    </message>
    <message>
        <source>The earlier copy could not be put back.</source>
        <translation>以前のコピーに戻せませんでした。</translation>
    </message>
    <message>
        <source>This desk was saved by a newer version of Copydesk.</source>
        <translation>このデスクは新しいバージョンの Copydesk で保存されています。</translation>
    </message>
    <message>
        <source>Update Copydesk to open it, or open another folder. The file has not been changed.</source>
        <translation>開くには Copydesk を更新するか、別のフォルダーを開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Your articles may still be readable: Copydesk can copy them out of it as Markdown files without changing it. Or restore it from a backup, or open another folder. The file has been left exactly as it was.</source>
        <translation>記事はまだ読み出せるかもしれません。Copydesk はこのファイルを変更せずに、記事を Markdown ファイルとして書き出せます。バックアップから復元するか、別のフォルダーを開くこともできます。ファイルは元のまま残してあります。</translation>
    </message>
    <message>
        <source>{count} could not be read.</source>
        <translation>{count} 件は読み出せませんでした。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No site yet: add one with Site → Add Site…</source>
        <translation>サイトはまだありません。サイト → サイトを追加… で追加してください</translation>
    </message>
    <message>
        <source>Not published:</source>
        <translation>公開できませんでした:</translation>
    </message>
    <message>
        <source>Publish queued for {site}</source>
        <translation>{site} への公開を予約キューに入れました</translation>
    </message>
    <message>
        <source>Publish queued for {site}, scheduled for {time}</source>
        <translation>{site} への公開を予約キューに入れました({time} に公開予定)</translation>
    </message>
    <message>
        <source>There is no site named {site}. Add it with Site → Add Site…</source>
        <translation>{site} という名前のサイトはありません。サイト → サイトを追加… で追加してください。</translation>
    </message>
    <message>
        <source>{site} is already syncing.</source>
        <translation>{site} はすでに同期中です。</translation>
    </message>
    <message>
        <source>{site} is already syncing; wait for it to finish.</source>
        <translation>{site} はすでに同期中です。終わるまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Could not check the account: {reason}.</source>
        <translation>アカウントを確認できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Create an application password in WordPress under Users → Profile → Application Passwords (give it a name such as “Copydesk”) and paste it here. It is not your login password.</source>
        <translation>WordPress の「ユーザー → プロフィール → アプリケーションパスワード」でパスワードを作成し(名前は「Copydesk」など)、ここに貼り付けてください。ログイン用のパスワードではありません。</translation>
    </message>
    <message>
        <source>HTTPS required: {problem} Use the site&apos;s https:// address.</source>
        <translation>HTTPS が必要です: {problem} サイトの https:// のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>No usable keychain. {problem}</source>
        <translation>使えるキーチェーンがありません。{problem}</translation>
    </message>
    <message>
        <source>The site did not answer in time: {reason}. Try again in a moment.</source>
        <translation>サイトから時間内に応答がありませんでした: {reason}。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The site has a problem right now: {reason}. Try again later.</source>
        <translation>サイトで問題が起きています: {reason}。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>The site is unreachable: {reason}. Check the address and the network connection, then try again.</source>
        <translation>サイトに接続できません: {reason}。アドレスとネットワーク接続を確認して、やり直してください。</translation>
    </message>
    <message>
        <source>The site refused the request: {reason}. Ask an administrator to check this account&apos;s role.</source>
        <translation>サイトがリクエストを拒否しました: {reason}。このアカウントの権限グループを管理者に確認してもらってください。</translation>
    </message>
    <message>
        <source>This address cannot be used: {problem}.</source>
        <translation>このアドレスは使えません: {problem}。</translation>
    </message>
    <message>
        <source>This does not look like a WordPress REST API: {reason}. Check the address (the site&apos;s home page, e.g. https://news.example.com).</source>
        <translation>WordPress の REST API ではないようです: {reason}。アドレス(サイトのトップページ。例: https://news.example.com)を確認してください。</translation>
    </message>
    <message>
        <source>WordPress refused the credentials for {user}.</source>
        <translation>WordPress が {user} の認証情報を拒否しました。</translation>
    </message>
    <message>
        <source>WordPress refused the credentials.</source>
        <translation>WordPress が認証情報を拒否しました。</translation>
    </message>
    <message>
        <source>Wrong user name or application password: {refused} Check the user name, then create a new application password in WordPress (Users → Profile → Application Passwords) and paste it here.</source>
        <translation>ユーザー名またはアプリケーションパスワードが違います: {refused} ユーザー名を確認し、WordPress(ユーザー → プロフィール → アプリケーションパスワード)で新しいアプリケーションパスワードを作成してここに貼り付けてください。</translation>
    </message>
    <message>
        <source>no usable keychain. {problem}</source>
        <translation>使えるキーチェーンがありません。{problem}</translation>
    </message>
    <message>
        <source>the keychain holds no application password for this site. Use “Re-enter Password” (Site menu) to store it again.</source>
        <translation>キーチェーンにこのサイトのアプリケーションパスワードがありません。「パスワードの再入力」(サイトメニュー)で保存し直してください。</translation>
    </message>
    <message>
        <source>the local store could not be used ({problem}). Close other Copydesk windows and try again.</source>
        <translation>ローカルのストアを使えませんでした({problem})。ほかの Copydesk のウィンドウを閉じてやり直してください。</translation>
    </message>
    <message>
        <source>the sync stopped unexpectedly ({kind}). Try again; if it keeps failing, see the log.</source>
        <translation>同期が予期せず止まりました({kind})。やり直してください。繰り返し失敗する場合はログを確認してください。</translation>
    </message>
    <message>
        <source>{problem}. Add the site again with Site → Add Site…</source>
        <translation>{problem}。サイト → サイトを追加… でもう一度追加してください</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Add Site…</source>
        <translation>サイトを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>競合(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>今すぐ公開(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Re-enter Password</source>
        <translation>パスワードの再入力(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>サイト(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Connect a WordPress site</source>
        <translation>WordPress サイトに接続</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>サイトはまだありません</translation>
    </message>
    <message>
        <source>Not published: the byline question was cancelled.</source>
        <translation>公開していません：署名の確認がキャンセルされました。</translation>
    </message>
    <message>
        <source>Open an article first; publishing acts on the current one.</source>
        <translation>先に記事を開いてください。公開は開いている記事が対象です。</translation>
    </message>
    <message>
        <source>Publish &amp;Queue…</source>
        <translation>公開キュー(&amp;Q)…</translation>
    </message>
    <message>
        <source>Publish the current article at a chosen time</source>
        <translation>開いている記事を指定した日時に公開</translation>
    </message>
    <message>
        <source>Publish the current article on the next sync</source>
        <translation>開いている記事を次の同期で公開</translation>
    </message>
    <message>
        <source>Pull and push every site</source>
        <translation>すべてのサイトと取得・送信</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>競合を解決</translation>
    </message>
    <message>
        <source>Saved {site}. Sync it with Site → Sync Now ({shortcut}).</source>
        <translation>{site} を保存しました。サイト → 今すぐ同期({shortcut})で同期できます。</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>公開を予約(&amp;H)…</translation>
    </message>
    <message>
        <source>What waits to be published, scheduled or live</source>
        <translation>公開待ち・予約中・公開中の記事</translation>
    </message>
    <message>
        <source>{conflicts} to resolve (Site → Conflicts…)</source>
        <translation>未解決の{conflicts}(サイト → 競合…)</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>失敗 {count} 件</translation>
    </message>
    <message>
        <source>{site}: synced — {pulled} pulled, {sent} sent</source>
        <translation>{site}: 同期しました — 取得 {pulled} 件、送信 {sent} 件</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(最上位)</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 本の記事</translation>
    </message>
    <message>
        <source>no articles</source>
        <translation>記事なし</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} 本の記事</translation>
    </message>
</context>
<context>
    <name>TaxonomyManager</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移動(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>セクションを追加</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Added section “{name}”.</source>
        <translation>セクション「{name}」を追加しました。</translation>
    </message>
    <message>
        <source>Added tag “{name}”.</source>
        <translation>タグ「{name}」を追加しました。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Could not read sections and tags: {error}</source>
        <translation>セクションとタグを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>セクションを削除</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Deleted section “{name}”.</source>
        <translation>セクション「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>Deleted section “{name}”; its articles now carry “{target}”.</source>
        <translation>セクション「{name}」を削除しました。その記事は「{target}」に移りました。</translation>
    </message>
    <message>
        <source>Deleted tag “{name}”.</source>
        <translation>タグ「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>Deleted tag “{name}”; its articles now carry “{target}”.</source>
        <translation>タグ「{name}」を削除しました。その記事には「{target}」が付きました。</translation>
    </message>
    <message>
        <source>Drag a section onto another to move it under it</source>
        <translation>セクションを別のセクションにドラッグすると、その下に移動します</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>タグを絞り込む</translation>
    </message>
    <message>
        <source>Filter tags by name or slug</source>
        <translation>名前かスラッグでタグを絞り込む</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>Merged 1 tag into “{name}”.</source>
        <translation>タグ 1 個を「{name}」に統合しました。</translation>
    </message>
    <message>
        <source>Merged {count} tags into “{name}”.</source>
        <translation>タグ {count} 個を「{name}」に統合しました。</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>セクションを移動</translation>
    </message>
    <message>
        <source>Moved section “{name}” to the top level.</source>
        <translation>セクション「{name}」を最上位に移動しました。</translation>
    </message>
    <message>
        <source>Moved section “{name}” under “{parent}”.</source>
        <translation>セクション「{name}」を「{parent}」の下に移動しました。</translation>
    </message>
    <message>
        <source>New Section</source>
        <translation>新しいセクション</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>Rename Section “{name}”</source>
        <translation>セクション「{name}」の名前を変更</translation>
    </message>
    <message>
        <source>Rename Tag “{name}”</source>
        <translation>タグ「{name}」の名前を変更</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>セクションの名前を変更</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>タグの名前を変更</translation>
    </message>
    <message>
        <source>Renamed section “{old}” to “{new}”.</source>
        <translation>セクション「{old}」の名前を「{new}」に変更しました。</translation>
    </message>
    <message>
        <source>Renamed tag “{old}” to “{new}”.</source>
        <translation>タグ「{old}」の名前を「{new}」に変更しました。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Sections and tags</source>
        <translation>セクションとタグ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Term kinds</source>
        <translation>分類の種類</translation>
    </message>
</context>
<context>
    <name>TaxonomyModels</name>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
</context>
<context>
    <name>TermNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>親セクション(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>スラッグ(&amp;S):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Parent section</source>
        <translation>親セクション</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>made from the name if left empty</source>
        <translation>空欄なら名前から作成</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The {language} translation is not installed; run scripts/setup.sh.</source>
        <translation>{language} の翻訳がインストールされていません。scripts/setup.sh を実行してください。</translation>
    </message>
</context>
<context>
    <name>_SiteEntry</name>
    <message>
        <source>Re-enter password</source>
        <translation>パスワードを再入力</translation>
    </message>
    <message>
        <source>Re-enter the application password</source>
        <translation>アプリケーションパスワードを再入力</translation>
    </message>
    <message>
        <source>Sync state of {site}</source>
        <translation>{site} の同期状態</translation>
    </message>
    <message>
        <source>{site} ({url}, as {user})</source>
        <translation>{site}({url}、ユーザー {user})</translation>
    </message>
</context>
</TS>
