<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>About</name>
    <message>
        <source>An editorial workstation for newsrooms that publish on WordPress.</source>
        <translation>WordPress로 기사를 발행하는 편집국을 위한 편집 작업 도구입니다.</translation>
    </message>
    <message>
        <source>Desk folder: {0}</source>
        <translation>데스크 폴더: {0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>로그: {0}</translation>
    </message>
    <message>
        <source>No WordPress site is connected yet.</source>
        <translation>아직 연결된 WordPress 사이트가 없습니다.</translation>
    </message>
    <message>
        <source>Qt {0} (PySide6 {1}), Python {2}</source>
        <translation>Qt {0}(PySide6 {1}), Python {2}</translation>
    </message>
    <message>
        <source>WordPress on the connected sites:</source>
        <translation>연결된 사이트의 WordPress:</translation>
    </message>
    <message>
        <source>version not known yet (read when the site is checked or synced)</source>
        <translation>버전 미확인(사이트를 확인하거나 동기화할 때 읽습니다)</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Byline field:</source>
        <translation>바이라인 필드(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>1 author on the site</source>
        <translation>사이트의 작성자 1명</translation>
    </message>
    <message>
        <source>Add a WordPress Site</source>
        <translation>WordPress 사이트 추가</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>애플리케이션 비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>애플리케이션 비밀번호</translation>
    </message>
    <message>
        <source>Authors on the site</source>
        <translation>사이트의 작성자</translation>
    </message>
    <message>
        <source>But the password cannot be saved here — no usable keychain. {problem}</source>
        <translation>하지만 사용할 수 있는 키체인이 없어 이 컴퓨터에는 비밀번호를 저장할 수 없습니다. {problem}</translation>
    </message>
    <message>
        <source>Byline field</source>
        <translation>바이라인 필드</translation>
    </message>
    <message>
        <source>Connected to {site}.</source>
        <translation>{site}에 연결했습니다.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>연결 테스트 결과</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동으로 찾기</translation>
    </message>
    <message>
        <source>Enter a new application password for {user} at {url}. The site stays paused until it is saved.</source>
        <translation>{url}의 사용자 {user}에 대한 새 애플리케이션 비밀번호를 입력하세요. 저장할 때까지 이 사이트와의 동기화는 멈춰 있습니다.</translation>
    </message>
    <message>
        <source>Fill in the site name, address, user name and application password.</source>
        <translation>사이트 이름, 주소, 사용자 이름, 애플리케이션 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>None (byline at the top of the story or left out)</source>
        <translation>없음 (바이라인을 기사 맨 위에 두거나 뺌)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Re-enter Password — {site}</source>
        <translation>비밀번호 다시 입력 — {site}</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>계정 저장</translation>
    </message>
    <message>
        <source>Saved {site}. The password is in the system keychain.</source>
        <translation>{site}을(를) 저장했습니다. 비밀번호는 시스템 키체인에 있습니다.</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>키체인에 비밀번호를 저장하는 중…</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>사이트 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Site account</source>
        <translation>사이트 계정</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>사이트 주소</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>사이트 이름</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Test the connection to see the site&apos;s authors and fields.</source>
        <translation>연결을 테스트하면 사이트의 작성자와 필드가 표시됩니다.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>The site&apos;s time zone is {zone}.</source>
        <translation>사이트의 시간대는 {zone}입니다.</translation>
    </message>
    <message>
        <source>Where a byline goes when it names no author of the site that this account may set.</source>
        <translation>바이라인이 이 계정으로 지정할 수 있는 사이트 작성자를 가리키지 않을 때 들어갈 곳.</translation>
    </message>
    <message>
        <source>Where to create an application password</source>
        <translation>애플리케이션 비밀번호 만드는 곳</translation>
    </message>
    <message>
        <source>WordPress user name</source>
        <translation>WordPress 사용자 이름</translation>
    </message>
    <message>
        <source>e.g. Daily Herald</source>
        <translation>예: 한빛일보</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>your WordPress login name</source>
        <translation>WordPress 로그인 이름</translation>
    </message>
    <message>
        <source>{count} authors on the site</source>
        <translation>사이트의 작성자 {count}명</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>Copydesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>굵게(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>기사 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>데스크(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>집중 모드(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>기울임꼴(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>링크(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>탐색기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>새 기사(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Selected Article</source>
        <translation>선택한 기사 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paragraph (no heading)</source>
        <translation>문단(제목 없음)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>인용(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>목록 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save Point</source>
        <translation>저장 지점(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sections and Tags…</source>
        <translation>섹션과 태그(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Article &amp;Details</source>
        <translation>기사 세부 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Block quote (&gt; text)</source>
        <translation>블록 인용(&gt; 텍스트)</translation>
    </message>
    <message>
        <source>Bold (**text**)</source>
        <translation>굵게(**텍스트**)</translation>
    </message>
    <message>
        <source>Close the current article</source>
        <translation>현재 기사 닫기</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>Earlier versions of this article</source>
        <translation>이 기사의 이전 버전</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>서식(&amp;O)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Find and replace in the article</source>
        <translation>기사에서 찾아 바꾸기</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>제목 1(&amp;1)</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>제목 2(&amp;2)</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>제목 3(&amp;3)</translation>
    </message>
    <message>
        <source>Interface language, editor font, theme, autosave, publish format…</source>
        <translation>화면 언어, 편집기 글꼴, 테마, 자동 저장, 발행 형식 등</translation>
    </message>
    <message>
        <source>Italic (*text*)</source>
        <translation>기울임꼴(*텍스트*)</translation>
    </message>
    <message>
        <source>Link ([text](https://…))</source>
        <translation>링크([텍스트](https://…))</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Manage sections and tags</source>
        <translation>섹션과 태그 관리</translation>
    </message>
    <message>
        <source>Move the current article to the trash</source>
        <translation>현재 기사를 휴지통으로 이동</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Next Article Tab</source>
        <translation>다음 기사 탭</translation>
    </message>
    <message>
        <source>Open &amp;Desk Folder…</source>
        <translation>데스크 폴더 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the article selected in the list</source>
        <translation>목록에서 선택한 기사 열기</translation>
    </message>
    <message>
        <source>Open the desk in another folder</source>
        <translation>다른 폴더의 데스크 열기</translation>
    </message>
    <message>
        <source>Open the folder with Copydesk&apos;s log files</source>
        <translation>Copydesk 로그 파일 폴더 열기</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>환경설정(&amp;F)…</translation>
    </message>
    <message>
        <source>Previous Article Tab</source>
        <translation>이전 기사 탭</translation>
    </message>
    <message>
        <source>Record a revision now (the text is autosaved as you type)</source>
        <translation>지금 상태를 버전으로 기록(본문은 입력하는 동안 자동 저장됩니다)</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>버전 기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Save everything and quit</source>
        <translation>모두 저장하고 끝내기</translation>
    </message>
    <message>
        <source>Search &amp;Articles</source>
        <translation>기사 검색(&amp;A)</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>모든 기사 검색</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Logs</source>
        <translation>로그 보기(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>세부 정보 패널 보이기/숨기기</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>탐색기 보이기/숨기기</translation>
    </message>
    <message>
        <source>Show or hide the outline of headings</source>
        <translation>제목 개요 보이기/숨기기</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>미리보기 보이기/숨기기</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>새 초안 시작</translation>
    </message>
    <message>
        <source>The editor alone, full screen (Esc leaves)</source>
        <translation>편집기만 전체 화면으로(Esc로 나가기)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Byline</source>
        <translation>바이라인</translation>
    </message>
    <message>
        <source>Changed since the last sync</source>
        <translation>마지막 동기화 이후 변경됨</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>분량</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation>섹션: {section}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>1 article</source>
        <translation>기사 1건</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>기사 수</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>기사 목록</translation>
    </message>
    <message>
        <source>Could not list articles: {error}</source>
        <translation>기사 목록을 불러오지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>기사 검색</translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation>기사 검색…</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>기사 {count}건</translation>
    </message>
</context>
<context>
    <name>BylineChoiceDialog</name>
    <message>
        <source>Publish Without Byline</source>
        <translation>바이라인 없이 발행</translation>
    </message>
    <message>
        <source>Put it at the top of the story as its own line, or publish without a byline?</source>
        <translation>기사 맨 위에 별도의 줄로 넣을까요, 아니면 바이라인 없이 발행할까요?</translation>
    </message>
    <message>
        <source>Put the Byline at the Top of the Story</source>
        <translation>바이라인을 기사 맨 위에 넣기</translation>
    </message>
    <message>
        <source>The byline “{byline}” names no author of the site, and the site has no byline field.</source>
        <translation>바이라인 “{byline}”은(는) 사이트의 어떤 작성자와도 일치하지 않으며, 사이트에 바이라인 필드도 없습니다.</translation>
    </message>
    <message>
        <source>Where does the byline go?</source>
        <translation>바이라인을 어디에 넣을까요?</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>An open article could not take in its latest saved version: {error}</source>
        <translation>열려 있는 기사에 마지막으로 저장된 내용을 반영하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>About Copydesk</source>
        <translation>Copydesk 정보</translation>
    </message>
    <message>
        <source>Could not create an article: {error}</source>
        <translation>기사를 만들지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not move it to the trash: {error}</source>
        <translation>휴지통으로 옮기지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not record a save point: {error}</source>
        <translation>저장 지점을 기록하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>‘{title}’을(를) 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <source>Save point recorded in the history.</source>
        <translation>저장 지점을 기록에 남겼습니다.</translation>
    </message>
    <message>
        <source>Saved; the history already holds this text.</source>
        <translation>저장했습니다. 이 본문은 이미 기록에 있습니다.</translation>
    </message>
    <message>
        <source>The logs are in {0}</source>
        <translation>로그는 {0}에 있습니다</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>제목 없는 기사</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>해결(&amp;R)…</translation>
    </message>
    <message>
        <source>1 article changed both here and on the site. Nothing of it is sent until you decide; both versions stay in the history.</source>
        <translation>기사 1건이 이 컴퓨터와 사이트 양쪽에서 바뀌었습니다. 결정하기 전까지는 아무것도 보내지 않으며, 두 버전 모두 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Conflict messages</source>
        <translation>충돌 관련 메시지</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation>결정을 기다리는 충돌</translation>
    </message>
    <message>
        <source>Decision saved: the site&apos;s text is now the article&apos;s.</source>
        <translation>결정을 저장했습니다. 사이트 쪽 본문을 이 기사에 반영했습니다.</translation>
    </message>
    <message>
        <source>Decision saved; it goes to the site on the next sync.</source>
        <translation>결정을 저장했습니다. 다음 동기화 때 사이트로 보냅니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step with the site.</source>
        <translation>충돌이 없습니다. 모두 사이트와 일치합니다.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>해결되지 않은 충돌</translation>
    </message>
    <message>
        <source>Resolve Conflict — deleted on the site: keep theirs moves the article to the trash, keep mine publishes it again</source>
        <translation>충돌 해결 — 사이트에서 삭제됨: 사이트 쪽을 택하면 기사가 휴지통으로, 이쪽을 택하면 다시 발행됩니다</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>선택한 충돌 해결</translation>
    </message>
    <message>
        <source>Saving your decision…</source>
        <translation>결정을 저장하는 중…</translation>
    </message>
    <message>
        <source>{count} articles changed both here and on the site. Nothing of them is sent until you decide; both versions stay in the history.</source>
        <translation>기사 {count}건이 이 컴퓨터와 사이트 양쪽에서 바뀌었습니다. 결정하기 전까지는 아무것도 보내지 않으며, 두 버전 모두 기록에 남습니다.</translation>
    </message>
    <message>
        <source>{title} — deleted on the site (since {time})</source>
        <translation>{title} — 사이트에서 삭제됨({time} 이후)</translation>
    </message>
    <message>
        <source>{title} — edited here and on the site (since {time})</source>
        <translation>{title} — 이 컴퓨터와 사이트 양쪽에서 편집됨({time} 이후)</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>&amp;Dek:</source>
        <translation>부제(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>제목(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Use merged text</source>
        <translation>병합한 본문 사용(&amp;U)</translation>
    </message>
    <message>
        <source>1 line changed on both sides.</source>
        <translation>1줄이 양쪽에서 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Conflict summary</source>
        <translation>충돌 요약</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>나중에 결정(&amp;L)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>이쪽 유지(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>사이트 쪽 유지(&amp;T)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>이쪽 유지</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>사이트 쪽 유지</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>마지막 동기화 시점</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Merged body</source>
        <translation>병합한 본문</translation>
    </message>
    <message>
        <source>Merged dek</source>
        <translation>병합한 부제</translation>
    </message>
    <message>
        <source>Merged headline</source>
        <translation>병합한 제목</translation>
    </message>
    <message>
        <source>Merged text (edit freely; starts as mine)</source>
        <translation>병합한 본문(자유롭게 고칠 수 있으며, 처음에는 이쪽 본문입니다)</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>이쪽(이 컴퓨터)</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Send my text to the site; theirs stays in the history</source>
        <translation>이쪽 본문을 사이트로 보냄(사이트 쪽은 기록에 남음)</translation>
    </message>
    <message>
        <source>Start again from mine</source>
        <translation>이쪽 본문에서 다시 시작</translation>
    </message>
    <message>
        <source>Start again from theirs</source>
        <translation>사이트 쪽 본문에서 다시 시작</translation>
    </message>
    <message>
        <source>Start merged text from mine</source>
        <translation>이쪽 본문으로 병합 시작</translation>
    </message>
    <message>
        <source>Start merged text from theirs</source>
        <translation>사이트 쪽 본문으로 병합 시작</translation>
    </message>
    <message>
        <source>Take the site&apos;s text; mine stays in the history</source>
        <translation>사이트 쪽 본문을 채택(이쪽은 기록에 남음)</translation>
    </message>
    <message>
        <source>Theirs (on the site)</source>
        <translation>사이트 쪽</translation>
    </message>
    <message>
        <source>This article changed here and on the site since the last sync.</source>
        <translation>이 기사는 마지막 동기화 이후 이 컴퓨터와 사이트 양쪽에서 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Use merged text</source>
        <translation>병합한 본문 사용</translation>
    </message>
    <message>
        <source>{count} lines changed on both sides.</source>
        <translation>{count}줄이 양쪽에서 바뀌었습니다.</translation>
    </message>
    <message>
        <source>{side}: body</source>
        <translation>{side}: 본문</translation>
    </message>
    <message>
        <source>{side}: dek</source>
        <translation>{side}: 부제</translation>
    </message>
    <message>
        <source>{side}: headline</source>
        <translation>{side}: 제목</translation>
    </message>
    <message>
        <source>~ changed from the last synced text   + added   ! changed on both sides</source>
        <translation>~ 마지막 동기화 이후 변경   + 추가   ! 양쪽에서 변경</translation>
    </message>
</context>
<context>
    <name>DeleteTermDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Give its articles this section:</source>
        <translation>기사를 옮길 섹션(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Give its articles this tag:</source>
        <translation>기사에 대신 붙일 태그(&amp;G):</translation>
    </message>
    <message>
        <source>(none: the articles just lose this section)</source>
        <translation>(없음: 기사에서 이 섹션만 빠짐)</translation>
    </message>
    <message>
        <source>(none: the articles just lose this tag)</source>
        <translation>(없음: 기사에서 이 태그만 빠짐)</translation>
    </message>
    <message>
        <source>Articles affected</source>
        <translation>영향받는 기사</translation>
    </message>
    <message>
        <source>Delete Section “{name}”</source>
        <translation>섹션 ‘{name}’ 삭제</translation>
    </message>
    <message>
        <source>Delete Tag “{name}”</source>
        <translation>태그 ‘{name}’ 삭제</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>섹션 삭제</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>Give its articles this section instead</source>
        <translation>기사를 대신 이 섹션으로</translation>
    </message>
    <message>
        <source>Give its articles this tag instead</source>
        <translation>기사에 대신 이 태그 붙이기</translation>
    </message>
    <message>
        <source>Its sub-section will move up one level.</source>
        <translation>하위 섹션은 한 단계 위로 옮겨집니다.</translation>
    </message>
    <message>
        <source>Its {count} sub-sections will move up one level.</source>
        <translation>하위 섹션 {count}개는 한 단계 위로 옮겨집니다.</translation>
    </message>
    <message>
        <source>“{name}” is used by {articles}.</source>
        <translation>‘{name}’은(는) {articles}에 쓰이고 있습니다.</translation>
    </message>
</context>
<context>
    <name>FeaturedImageKeeper</name>
    <message>
        <source>Could not add the featured image: {error}</source>
        <translation>대표 이미지를 추가하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not read the featured image: {error}</source>
        <translation>대표 이미지를 읽지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not remove the featured image: {error}</source>
        <translation>대표 이미지를 빼지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not save the image description: {error}</source>
        <translation>이미지 설명을 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Featured image added to the article.</source>
        <translation>기사에 대표 이미지를 넣었습니다.</translation>
    </message>
    <message>
        <source>Featured image removed from the article.</source>
        <translation>기사에서 대표 이미지를 뺐습니다.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Close find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>찾아 바꾸기</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>찾기 결과</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>찾을 문자열</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 문자열</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>{count}개 바꿈</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>바꿀 문자열</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>단어 단위</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore this revision…</source>
        <translation>이 버전 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>자동 저장</translation>
    </message>
    <message>
        <source>Changes since the revision of {time}: − removed since, + added since</source>
        <translation>{time} 버전 이후의 변경: − 그 뒤 삭제, + 그 뒤 추가</translation>
    </message>
    <message>
        <source>Changes since the selected revision</source>
        <translation>선택한 버전 이후의 변경</translation>
    </message>
    <message>
        <source>Changes since this revision: − removed since, + added since</source>
        <translation>이 버전 이후의 변경: − 그 뒤 삭제, + 그 뒤 추가</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Conflict: mine</source>
        <translation>충돌: 이쪽</translation>
    </message>
    <message>
        <source>Conflict: theirs</source>
        <translation>충돌: 사이트 쪽</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>작성</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>From the site</source>
        <translation>사이트에서</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>‘{title}’의 기록</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>분량</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>No differences: this revision matches the current text.</source>
        <translation>차이가 없습니다. 이 버전은 현재 본문과 같습니다.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Replace the article&apos;s current text with the revision of {time}?</source>
        <translation>기사의 현재 본문을 {time} 버전으로 바꿀까요?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>버전 복원</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>버전 복원</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>이 버전 복원</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Restored the revision of {time}.</source>
        <translation>{time} 버전을 복원했습니다.</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>버전 기록</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>The current text stays in the history, so this can be undone.</source>
        <translation>현재 본문은 기록에 남으므로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {error}</source>
        <translation>예상하지 못한 오류({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>검토 대기</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행됨</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>{count} character</source>
        <translation>{count}자</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count}자</translation>
    </message>
    <message>
        <source>{count} word</source>
        <translation>{count}단어</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count}단어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All changes saved</source>
        <translation>모두 저장됨</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>변경 사항이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Copydesk — {desk}</source>
        <translation>Copydesk — {desk}</translation>
    </message>
    <message>
        <source>Could not load sections: {error}</source>
        <translation>섹션을 불러오지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not open the article: {error}</source>
        <translation>기사를 열지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Not saved — will retry</source>
        <translation>저장 안 됨 — 다시 시도합니다</translation>
    </message>
    <message>
        <source>Open a Desk Folder</source>
        <translation>데스크 폴더 열기</translation>
    </message>
    <message>
        <source>Open an article from the list, or press Ctrl+N for a new one.</source>
        <translation>목록에서 기사를 열거나 Ctrl+N을 눌러 새 기사를 쓰세요.</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>열린 기사</translation>
    </message>
    <message>
        <source>Preferences saved. The unreadable earlier file was kept as {file}.</source>
        <translation>환경설정을 저장했습니다. 읽을 수 없던 이전 파일은 {file}(으)로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>저장 상태</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Some changes could not be saved to the store. They are kept in the recovery folder and will be offered when Copydesk starts again. Quit anyway?</source>
        <translation>일부 변경 사항을 저장소에 저장하지 못했습니다. 변경 사항은 복구 폴더에 남아 있으며 Copydesk를 다시 시작할 때 복구를 안내합니다. 그래도 끝낼까요?</translation>
    </message>
    <message>
        <source>Syntax highlighting is off for this very large article.</source>
        <translation>이 기사는 매우 커서 구문 강조를 껐습니다.</translation>
    </message>
    <message>
        <source>The preferences could not be read ({error}); the defaults are used until you save new ones.</source>
        <translation>환경설정을 읽지 못했습니다({error}). 새로 저장할 때까지 기본값을 씁니다.</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {error}</source>
        <translation>환경설정을 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>The recovered text is back in the article.</source>
        <translation>복구한 본문을 기사에 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Word count and reading time</source>
        <translation>분량과 읽는 시간</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>약 {minutes}분 분량</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Add “{0}” to Dictionary</source>
        <translation>‘{0}’을(를) 사전에 추가</translation>
    </message>
    <message>
        <source>Article body</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>추천 단어 없음</translation>
    </message>
    <message>
        <source>The article text in Markdown</source>
        <translation>Markdown으로 쓴 기사 본문</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>링크 텍스트</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <source>&amp;Keep:</source>
        <translation>남길 태그(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <source>Choose another tag to keep, or select more tags to merge.</source>
        <translation>남길 다른 태그를 고르거나, 병합할 태그를 더 선택하세요.</translation>
    </message>
    <message>
        <source>Keep this tag</source>
        <translation>이 태그 남기기</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>태그 병합</translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation>병합 요약</translation>
    </message>
    <message>
        <source>Tags to merge</source>
        <translation>병합할 태그</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>up to {articles}</source>
        <translation>최대 {articles}</translation>
    </message>
    <message>
        <source>{names} will be deleted; {articles} will carry “{target}” instead.</source>
        <translation>{names}은(는) 삭제되고, {articles}에는 대신 ‘{target}’이(가) 붙습니다.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 생겼습니다.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {error}</source>
        <translation>예상하지 못한 오류({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>(no section)</source>
        <translation>(섹션 없음)</translation>
    </message>
    <message>
        <source>A sentence or two under the headline</source>
        <translation>제목 아래에 붙일 한두 문장</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>기사 세부 정보</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>바이라인</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Choose featured image file</source>
        <translation>대표 이미지 파일 고르기</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Featured Image</source>
        <translation>대표 이미지</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>대표 이미지</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>이미지 캡션</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>이미지 출처</translation>
    </message>
    <message>
        <source>Image description (alt text)</source>
        <translation>이미지 설명(대체 텍스트)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Longer than this desk&apos;s threshold (Preferences)</source>
        <translation>이 데스크의 기준을 넘었습니다(환경설정)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>예약 시각</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>슬러그</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>image file or https:// address</source>
        <translation>이미지 파일 또는 https:// 주소</translation>
    </message>
    <message>
        <source>made from the headline when empty</source>
        <translation>비워 두면 제목으로 만듦</translation>
    </message>
    <message>
        <source>photographer or agency</source>
        <translation>촬영자 또는 통신사</translation>
    </message>
    <message>
        <source>shown under the image</source>
        <translation>이미지 아래에 표시</translation>
    </message>
    <message>
        <source>what the image shows, for readers who cannot see it</source>
        <translation>이미지를 볼 수 없는 독자를 위해 무엇이 담겼는지 설명</translation>
    </message>
    <message>
        <source>{count}/{limit} characters</source>
        <translation>{count}/{limit}자</translation>
    </message>
    <message>
        <source>{count}/{limit} words</source>
        <translation>{count}/{limit}단어</translation>
    </message>
</context>
<context>
    <name>MoveSectionDialog</name>
    <message>
        <source>&amp;Move</source>
        <translation>옮기기(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;under:</source>
        <translation>옮길 위치(&amp;U):</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>‘{name}’ 옮기기</translation>
    </message>
    <message>
        <source>New parent section</source>
        <translation>새 상위 섹션</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>탐색기</translation>
    </message>
    <message>
        <source>Not on a site yet</source>
        <translation>아직 사이트에 없는 기사</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Sites, sections, tags, statuses and languages; choose one to filter the list</source>
        <translation>사이트, 섹션, 태그, 상태, 언어. 하나를 고르면 목록을 걸러 냅니다</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>This desk (no site yet)</source>
        <translation>이 데스크(사이트 없음)</translation>
    </message>
    <message>
        <source>active filter</source>
        <translation>적용 중인 필터</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>That did not work: {error}</source>
        <translation>작업하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind}); see Details or the log</source>
        <translation>예기치 않은 오류({kind}). 「자세히」 또는 로그를 확인하세요</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>(untitled heading)</source>
        <translation>(제목 없는 소제목)</translation>
    </message>
    <message>
        <source>No headings yet: start a line with ## for one.</source>
        <translation>아직 소제목이 없습니다. 줄 앞에 ##을 붙이면 소제목이 됩니다.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>The article&apos;s headings: click one to go there</source>
        <translation>기사의 소제목. 누르면 그 위치로 갑니다</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> characters</source>
        <translation>자</translation>
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
        <translation>초</translation>
    </message>
    <message>
        <source> words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>(none: the only site takes new work)</source>
        <translation>(없음: 사이트가 하나면 그 사이트로 보냄)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>시스템 설정 따르기({language})</translation>
    </message>
    <message>
        <source>Autosave at least every</source>
        <translation>자동 저장 최대 간격</translation>
    </message>
    <message>
        <source>Blocks (opens as blocks in the block editor)</source>
        <translation>블록(블록 편집기에서 블록으로 열림)</translation>
    </message>
    <message>
        <source>Check Korean articles</source>
        <translation>한국어 기사도 검사</translation>
    </message>
    <message>
        <source>Check spelling as I type</source>
        <translation>입력하는 동안 맞춤법 검사</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Default site</source>
        <translation>기본 사이트</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>편집기</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>편집기 글꼴</translation>
    </message>
    <message>
        <source>English dictionary</source>
        <translation>영어 사전</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Japanese has no spelling dictionary and is not checked.</source>
        <translation>일본어는 맞춤법 사전이 없어 검사하지 않습니다.</translation>
    </message>
    <message>
        <source>Language of new articles</source>
        <translation>새 기사의 언어</translation>
    </message>
    <message>
        <source>Length thresholds (marked beside the headline and dek when passed)</source>
        <translation>길이 기준(넘으면 제목과 부제 옆에 표시합니다)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Plain HTML (a Classic block)</source>
        <translation>일반 HTML(클래식 블록)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation>미리보기 너비</translation>
    </message>
    <message>
        <source>Publish format</source>
        <translation>발행 형식</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법 검사</translation>
    </message>
    <message>
        <source>The system&apos;s font</source>
        <translation>시스템 글꼴</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>영국 영어</translation>
    </message>
    <message>
        <source>US English</source>
        <translation>미국 영어</translation>
    </message>
    <message>
        <source>While you keep typing, the text is saved at least this often; a pause saves it at once.</source>
        <translation>계속 입력하는 동안에도 적어도 이 간격으로 저장합니다. 입력을 멈추면 바로 저장합니다.</translation>
    </message>
</context>
<context>
    <name>Prepublish</name>
    <message>
        <source>Another post on the site (#{post}) already has the slug {slug}. Choose another slug.</source>
        <translation>사이트의 다른 글(#{post})이 이미 슬러그 {slug}을(를) 쓰고 있습니다. 다른 슬러그를 정하세요.</translation>
    </message>
    <message>
        <source>No section is chosen. Choose the section the story belongs to.</source>
        <translation>섹션이 선택되지 않았습니다. 기사가 속할 섹션을 고르세요.</translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Wait for the save, then publish.</source>
        <translation>아직 저장되지 않은 편집이 있습니다. 저장을 기다린 뒤 게시하세요.</translation>
    </message>
    <message>
        <source>The byline {byline} names no author of the site and the site has no byline field; you will be asked where it goes.</source>
        <translation>바이라인 {byline}은(는) 사이트의 작성자가 아니고 사이트에 바이라인 필드도 없습니다. 어디에 넣을지 묻게 됩니다.</translation>
    </message>
    <message>
        <source>The dek has {length} characters; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>요약문이 {length}자입니다. 데스크의 한도는 {limit}자입니다. 줄이세요.</translation>
    </message>
    <message>
        <source>The dek has {length} words; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>요약문이 {length}단어입니다. 데스크의 한도는 {limit}단어입니다. 줄이세요.</translation>
    </message>
    <message>
        <source>The featured image has no alt text. Describe it for readers who cannot see it.</source>
        <translation>대표 이미지에 대체 텍스트가 없습니다. 이미지를 볼 수 없는 독자를 위해 설명을 쓰세요.</translation>
    </message>
    <message>
        <source>The headline has {length} characters; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>제목이 {length}자입니다. 데스크의 한도는 {limit}자입니다. 줄이세요.</translation>
    </message>
    <message>
        <source>The headline has {length} words; the desk&apos;s limit is {limit}. Shorten it.</source>
        <translation>제목이 {length}단어입니다. 데스크의 한도는 {limit}단어입니다. 줄이세요.</translation>
    </message>
    <message>
        <source>The image {image} in the story has no alt text. Describe it.</source>
        <translation>본문의 이미지 {image}에 대체 텍스트가 없습니다. 설명을 쓰세요.</translation>
    </message>
    <message>
        <source>The link {url} answers “not found” (404). Fix or remove it.</source>
        <translation>링크 {url}이(가) ‘찾을 수 없음’(404)을 돌려줍니다. 고치거나 지우세요.</translation>
    </message>
    <message>
        <source>The link {url} is not a complete web address. Check it.</source>
        <translation>링크 {url}은(는) 완전한 웹 주소가 아닙니다. 확인하세요.</translation>
    </message>
    <message>
        <source>The site could not be asked whether the slug is free, and links were not tried.</source>
        <translation>사이트에 연결할 수 없어 슬러그를 쓸 수 있는지 확인하지 못했고, 링크도 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The slug {slug} comes from a placeholder headline. Make it from the real headline.</source>
        <translation>슬러그 {slug}은(는) 임시 제목에서 만들어졌습니다. 실제 제목으로 다시 만드세요.</translation>
    </message>
    <message>
        <source>The story has no byline. Add the writer&apos;s name.</source>
        <translation>기사에 바이라인이 없습니다. 기자 이름을 넣으세요.</translation>
    </message>
    <message>
        <source>The story has no dek. Add a line that sums it up.</source>
        <translation>기사에 요약문이 없습니다. 내용을 요약하는 한 줄을 넣으세요.</translation>
    </message>
    <message>
        <source>The story has no featured image. Choose one for the front page.</source>
        <translation>기사에 대표 이미지가 없습니다. 첫 화면에 쓸 이미지를 고르세요.</translation>
    </message>
    <message>
        <source>The story has no headline. Write one before publishing.</source>
        <translation>기사에 제목이 없습니다. 게시하기 전에 쓰세요.</translation>
    </message>
    <message>
        <source>The story was changed here and on the site. Resolve the conflict before publishing.</source>
        <translation>기사가 여기와 사이트 양쪽에서 바뀌었습니다. 게시하기 전에 충돌을 해결하세요.</translation>
    </message>
</context>
<context>
    <name>PrepublishSheet</name>
    <message>
        <source>Before Publishing</source>
        <translation>게시하기 전에</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>고치기</translation>
    </message>
    <message>
        <source>Fix what is marked “Must fix” before the story can go out.</source>
        <translation>‘꼭 고칠 것’으로 표시된 항목을 고쳐야 기사를 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Fix: {problem}</source>
        <translation>고치기: {problem}</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>꼭 고칠 것</translation>
    </message>
    <message>
        <source>Pre-publish checks</source>
        <translation>게시 전 점검</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>그대로 게시</translation>
    </message>
    <message>
        <source>Schedule Anyway</source>
        <translation>그대로 예약</translation>
    </message>
    <message>
        <source>The story can go out, but look at these first.</source>
        <translation>게시할 수는 있지만 먼저 다음을 확인하세요.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message>
        <source>Preview paused: the rendered page is larger than the preview can show.</source>
        <translation>미리보기 일시 중지: 만들어진 페이지가 너무 커서 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>Preview paused: this article is {size} MB, too large to preview while you type.</source>
        <translation>미리보기 일시 중지: 이 기사는 {size}MB로, 입력하는 동안 미리 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>The preview could not be rendered: {error}</source>
        <translation>미리보기를 만들지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open an article to see its preview.</source>
        <translation>기사를 열면 미리보기가 나타납니다.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>미리보기 알림</translation>
    </message>
</context>
<context>
    <name>PreviewWebView</name>
    <message>
        <source>Article preview</source>
        <translation>기사 미리보기</translation>
    </message>
</context>
<context>
    <name>ProblemDetails</name>
    <message>
        <source>Details of the last problem</source>
        <translation>마지막 문제의 자세한 내용</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>PublishQueueDialog</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>작업 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>지금 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>1 job waiting, scheduled on the site or needing attention. A scheduled post goes out at its time even with Copydesk closed.</source>
        <translation>대기 중이거나 사이트에 예약되었거나 확인이 필요한 작업이 1건 있습니다. 예약한 기사는 Copydesk를 닫아도 정해진 시각에 발행됩니다.</translation>
    </message>
    <message>
        <source>Cancel Publish Job</source>
        <translation>발행 작업 취소</translation>
    </message>
    <message>
        <source>Cancel publishing “{title}”?</source>
        <translation>‘{title}’의 발행을 취소할까요?</translation>
    </message>
    <message>
        <source>Cancel the selected publish job</source>
        <translation>선택한 발행 작업 취소</translation>
    </message>
    <message>
        <source>Cancelled “{title}”: {message}</source>
        <translation>‘{title}’을(를) 취소했습니다: {message}</translation>
    </message>
    <message>
        <source>Cancelling “{title}”…</source>
        <translation>‘{title}’을(를) 취소하는 중…</translation>
    </message>
    <message>
        <source>It goes back to draft on the site with the next sync.</source>
        <translation>다음 동기화 때 사이트의 기사는 초안으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Looking for queued jobs…</source>
        <translation>대기 중인 작업을 찾는 중…</translation>
    </message>
    <message>
        <source>Nothing queued to send.</source>
        <translation>보낼 대기 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing waiting: every publish request has reached its site.</source>
        <translation>대기 중인 작업이 없습니다. 모든 발행 요청이 사이트에 도착했습니다.</translation>
    </message>
    <message>
        <source>Publish Queue</source>
        <translation>발행 대기열</translation>
    </message>
    <message>
        <source>Publish jobs</source>
        <translation>발행 작업</translation>
    </message>
    <message>
        <source>Publish queue</source>
        <translation>발행 대기열</translation>
    </message>
    <message>
        <source>Publish queue messages</source>
        <translation>발행 대기열 메시지</translation>
    </message>
    <message>
        <source>Reload the publish queue</source>
        <translation>발행 대기열 다시 불러오기</translation>
    </message>
    <message>
        <source>Send the queued jobs to the site now</source>
        <translation>대기 중인 작업을 지금 사이트로 보내기</translation>
    </message>
    <message>
        <source>Sending to {sites}…</source>
        <translation>{sites}(으)로 보내는 중…</translation>
    </message>
    <message>
        <source>Show &amp;finished jobs (live, cancelled)</source>
        <translation>끝난 작업도 표시(발행됨, 취소됨)(&amp;F)</translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation>끝난 작업도 표시</translation>
    </message>
    <message>
        <source>The article gets back the status it had before; nothing of its text is lost.</source>
        <translation>기사는 이전 상태로 돌아갑니다. 본문은 하나도 잃지 않습니다.</translation>
    </message>
    <message>
        <source>see the jobs</source>
        <translation>작업을 확인하세요</translation>
    </message>
    <message>
        <source>{count} jobs waiting, scheduled on the site or needing attention. A scheduled post goes out at its time even with Copydesk closed.</source>
        <translation>대기 중이거나 사이트에 예약되었거나 확인이 필요한 작업이 {count}건 있습니다. 예약한 기사는 Copydesk를 닫아도 정해진 시각에 발행됩니다.</translation>
    </message>
    <message>
        <source>{site}: sent.</source>
        <translation>{site}: 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>지금 발행</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>live</source>
        <translation>게시 중</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>보내는 중</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>A recovery file could not be read and was left in place: {file} ({error}). Any text in it was not recovered.</source>
        <translation>복구 파일을 읽지 못해 그대로 두었습니다: {file}({error}). 그 안의 본문은 복구되지 않았습니다.</translation>
    </message>
    <message>
        <source>Copydesk stopped before the last changes to “{title}” (from {time} UTC) reached the store. The editor shows the last autosaved text; recover the newer text?</source>
        <translation>‘{title}’의 마지막 변경({time} UTC)이 저장소에 닿기 전에 Copydesk가 멈췄습니다. 편집기에는 마지막으로 자동 저장된 본문이 보입니다. 더 최근 본문을 복구할까요?</translation>
    </message>
    <message>
        <source>Could not check the recovery file {file}: {error}</source>
        <translation>복구 파일 {file}을(를) 확인하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not save the recovered text: {error}</source>
        <translation>복구한 본문을 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation>복구한 본문</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Recovery failed: {error}</source>
        <translation>복구에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>Save as new article</source>
        <translation>새 기사로 저장</translation>
    </message>
    <message>
        <source>Unsaved text of “{title}” was found, but its article is no longer on this desk.</source>
        <translation>‘{title}’의 저장되지 않은 본문을 찾았지만, 그 기사는 더 이상 이 데스크에 없습니다.</translation>
    </message>
    <message>
        <source>an article</source>
        <translation>어떤 기사</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recovery notice</source>
        <translation>복구 알림</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Check the disk and the folder&apos;s permissions; Copydesk saves again every few seconds.</source>
        <translation>디스크와 폴더 권한을 확인하세요. Copydesk가 몇 초마다 다시 저장합니다.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Free some space on the disk; Copydesk saves again by itself every few seconds.</source>
        <translation>디스크 공간을 확보하세요. Copydesk가 몇 초마다 자동으로 다시 저장합니다.</translation>
    </message>
    <message>
        <source>Make it writable again; Copydesk saves again by itself every few seconds.</source>
        <translation>다시 쓸 수 있게 해 주세요. Copydesk가 몇 초마다 자동으로 다시 저장합니다.</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>저장 문제</translation>
    </message>
    <message>
        <source>This article could not be saved.</source>
        <translation>이 기사를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>This article could not be saved: the desk&apos;s folder or disk is read-only.</source>
        <translation>이 기사를 저장하지 못했습니다. 데스크 폴더나 디스크가 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>This article could not be saved: the disk is full.</source>
        <translation>이 기사를 저장하지 못했습니다. 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Your text is still here and in the recovery file.</source>
        <translation>본문은 이 화면과 복구 파일에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Your text is still here: keep this window open.</source>
        <translation>본문은 이 화면에 남아 있습니다. 이 창을 닫지 마세요.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>In this computer&apos;s time zone. The site publishes at that moment even when Copydesk is closed, once the next sync has sent it.</source>
        <translation>이 컴퓨터의 시간대 기준입니다. 다음 동기화로 전송되고 나면 Copydesk를 닫아도 사이트가 그 시각에 발행합니다.</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>발행 시각</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Schedule Publication</source>
        <translation>발행 예약</translation>
    </message>
    <message>
        <source>Schedule publication</source>
        <translation>발행 예약</translation>
    </message>
</context>
<context>
    <name>SiteLookUi</name>
    <message>
        <source>, {n} on other sites left out</source>
        <translation>, 다른 사이트의 {n}개는 제외</translation>
    </message>
    <message>
        <source>. Its article page could not be understood ({why}); articles stay in the desk&apos;s template</source>
        <translation>. 기사 페이지를 해석하지 못해({why}) 기사는 데스크 템플릿으로 보입니다</translation>
    </message>
    <message>
        <source>Could not learn the look of {site}: {why}. The preview keeps the look it had.</source>
        <translation>{site}의 디자인을 가져오지 못했습니다: {why}. 미리보기는 기존 디자인을 유지합니다.</translation>
    </message>
    <message>
        <source>Fetch the site&apos;s article page again to preview articles in its look</source>
        <translation>사이트의 기사 페이지를 다시 가져와 그 디자인으로 기사를 미리 보기</translation>
    </message>
    <message>
        <source>Keep the Site&apos;s Header and Footer</source>
        <translation>사이트의 머리글과 바닥글도 표시</translation>
    </message>
    <message>
        <source>Learned the look of {site}: {files} files kept</source>
        <translation>{site}의 디자인을 가져왔습니다: 파일 {files}개 저장</translation>
    </message>
    <message>
        <source>Learning the look of {site}…</source>
        <translation>{site}의 디자인을 가져오는 중…</translation>
    </message>
    <message>
        <source>Open an article of a site first: the look is learned per site.</source>
        <translation>먼저 사이트의 기사를 여세요. 디자인은 사이트별로 가져옵니다.</translation>
    </message>
    <message>
        <source>Preview in the Site&apos;s Look</source>
        <translation>사이트 디자인으로 미리보기</translation>
    </message>
    <message>
        <source>Refresh Site &amp;Look</source>
        <translation>사이트 디자인 새로 고침(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SiteStatus</name>
    <message>
        <source>1 conflict</source>
        <translation>충돌 1건</translation>
    </message>
    <message>
        <source>Checking the account</source>
        <translation>계정 확인 중</translation>
    </message>
    <message>
        <source>No site yet — Site → Add Site…</source>
        <translation>아직 사이트가 없습니다 — 사이트 → 사이트 추가…</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>아직 확인 안 됨</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>paused: {reason}</source>
        <translation>일시 중지됨: {reason}</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>충돌 {count}건</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>실패 {count}건</translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation>미전송 {count}건</translation>
    </message>
</context>
<context>
    <name>SiteStatusWidget</name>
    <message>
        <source>Site states unavailable:</source>
        <translation>사이트 상태를 알 수 없습니다:</translation>
    </message>
    <message>
        <source>Site sync status</source>
        <translation>사이트 동기화 상태</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>동기화 진행 상황</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>No {0} spelling dictionary is installed, so {0} words are not checked.</source>
        <translation>{0} 맞춤법 사전이 설치되어 있지 않아 {0} 단어는 검사하지 않습니다.</translation>
    </message>
    <message>
        <source>The word was added for now, but the personal word list could not be saved.</source>
        <translation>단어를 일단 추가했지만 개인 단어 목록은 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>영국 영어</translation>
    </message>
    <message>
        <source>US English</source>
        <translation>미국 영어</translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <source>Close the other one and try again, or open another folder.</source>
        <translation>다른 쪽을 닫고 다시 시도하거나, 다른 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Copied {count} articles to {folder}.</source>
        <translation>기사 {count}개를 {folder}에 꺼냈습니다.</translation>
    </message>
    <message>
        <source>Copy Articles Out…</source>
        <translation>기사 꺼내기…</translation>
    </message>
    <message>
        <source>Copydesk cannot open this desk</source>
        <translation>Copydesk가 이 데스크를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Copying the articles out…</source>
        <translation>기사를 꺼내는 중…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>파일: {path}</translation>
    </message>
    <message>
        <source>Folder for the Copied Articles</source>
        <translation>꺼낸 기사를 저장할 폴더</translation>
    </message>
    <message>
        <source>No article could be copied out of this file.</source>
        <translation>이 파일에서 꺼낼 수 있는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation>다른 폴더 열기…</translation>
    </message>
    <message>
        <source>Open a Desk Folder</source>
        <translation>데스크 폴더 열기</translation>
    </message>
    <message>
        <source>Open another folder</source>
        <translation>다른 폴더 열기</translation>
    </message>
    <message>
        <source>Open another folder, or quit. The file has not been changed.</source>
        <translation>다른 폴더를 열거나 끝내세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Restore the Copy from Before the Upgrade</source>
        <translation>업그레이드 전 사본으로 되돌리기</translation>
    </message>
    <message>
        <source>Save every article still readable as a Markdown file in a folder</source>
        <translation>읽을 수 있는 모든 기사를 폴더에 Markdown 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Store error</source>
        <translation>저장소 오류</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>저장소 파일</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it</source>
        <translation>손상된 파일은 옆에 남겨 둡니다</translation>
    </message>
    <message>
        <source>The desk is in use by another Copydesk window or command.</source>
        <translation>이 데스크는 다른 Copydesk 창이나 명령이 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>The desk&apos;s store could not be opened.</source>
        <translation>데스크의 저장소를 열지 못했습니다.</translation>
    </message>
    <message>
        <source>The desk&apos;s store file is damaged or is not a Copydesk store.</source>
        <translation>데스크의 저장소 파일이 손상되었거나 Copydesk 저장소가 아닙니다.</translation>
    </message>
    <message>
        <source>The earlier copy could not be put back.</source>
        <translation>이전 사본으로 되돌리지 못했습니다.</translation>
    </message>
    <message>
        <source>This desk was saved by a newer version of Copydesk.</source>
        <translation>이 데스크는 더 새로운 버전의 Copydesk로 저장되었습니다.</translation>
    </message>
    <message>
        <source>Update Copydesk to open it, or open another folder. The file has not been changed.</source>
        <translation>열려면 Copydesk를 업데이트하거나 다른 폴더를 여세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Your articles may still be readable: Copydesk can copy them out of it as Markdown files without changing it. Or restore it from a backup, or open another folder. The file has been left exactly as it was.</source>
        <translation>기사는 아직 읽을 수 있을지도 모릅니다. Copydesk는 이 파일을 바꾸지 않고 기사를 Markdown 파일로 꺼낼 수 있습니다. 백업에서 복원하거나 다른 폴더를 열 수도 있습니다. 파일은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{count} could not be read.</source>
        <translation>{count}개는 읽을 수 없었습니다.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No site yet: add one with Site → Add Site…</source>
        <translation>아직 사이트가 없습니다. 사이트 → 사이트 추가…로 추가하세요</translation>
    </message>
    <message>
        <source>Not published:</source>
        <translation>발행하지 못했습니다:</translation>
    </message>
    <message>
        <source>Publish queued for {site}</source>
        <translation>{site} 발행을 대기열에 넣었습니다</translation>
    </message>
    <message>
        <source>Publish queued for {site}, scheduled for {time}</source>
        <translation>{site} 발행을 대기열에 넣었습니다({time} 발행 예정)</translation>
    </message>
    <message>
        <source>There is no site named {site}. Add it with Site → Add Site…</source>
        <translation>{site}(이)라는 사이트가 없습니다. 사이트 → 사이트 추가…로 추가하세요.</translation>
    </message>
    <message>
        <source>{site} is already syncing.</source>
        <translation>{site}은(는) 이미 동기화 중입니다.</translation>
    </message>
    <message>
        <source>{site} is already syncing; wait for it to finish.</source>
        <translation>{site}은(는) 이미 동기화 중입니다. 끝날 때까지 기다리세요.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Could not check the account: {reason}.</source>
        <translation>계정을 확인하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Create an application password in WordPress under Users → Profile → Application Passwords (give it a name such as “Copydesk”) and paste it here. It is not your login password.</source>
        <translation>WordPress의 ‘사용자 → 프로필 → 애플리케이션 비밀번호’에서 비밀번호를 만들고(이름은 ‘Copydesk’ 등) 여기에 붙여 넣으세요. 로그인 비밀번호가 아닙니다.</translation>
    </message>
    <message>
        <source>HTTPS required: {problem} Use the site&apos;s https:// address.</source>
        <translation>HTTPS가 필요합니다: {problem} 사이트의 https:// 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>No usable keychain. {problem}</source>
        <translation>사용할 수 있는 키체인이 없습니다. {problem}</translation>
    </message>
    <message>
        <source>The site did not answer in time: {reason}. Try again in a moment.</source>
        <translation>사이트가 제때 응답하지 않았습니다: {reason}. 잠시 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The site has a problem right now: {reason}. Try again later.</source>
        <translation>사이트에 지금 문제가 있습니다: {reason}. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The site is unreachable: {reason}. Check the address and the network connection, then try again.</source>
        <translation>사이트에 연결할 수 없습니다: {reason}. 주소와 네트워크 연결을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The site refused the request: {reason}. Ask an administrator to check this account&apos;s role.</source>
        <translation>사이트가 요청을 거부했습니다: {reason}. 관리자에게 이 계정의 역할을 확인해 달라고 하세요.</translation>
    </message>
    <message>
        <source>This address cannot be used: {problem}.</source>
        <translation>이 주소는 쓸 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>This does not look like a WordPress REST API: {reason}. Check the address (the site&apos;s home page, e.g. https://news.example.com).</source>
        <translation>WordPress REST API가 아닌 것 같습니다: {reason}. 주소(사이트 첫 페이지, 예: https://news.example.com)를 확인하세요.</translation>
    </message>
    <message>
        <source>WordPress refused the credentials for {user}.</source>
        <translation>WordPress가 {user}의 인증 정보를 거부했습니다.</translation>
    </message>
    <message>
        <source>WordPress refused the credentials.</source>
        <translation>WordPress가 인증 정보를 거부했습니다.</translation>
    </message>
    <message>
        <source>Wrong user name or application password: {refused} Check the user name, then create a new application password in WordPress (Users → Profile → Application Passwords) and paste it here.</source>
        <translation>사용자 이름이나 애플리케이션 비밀번호가 틀렸습니다: {refused} 사용자 이름을 확인한 뒤 WordPress(사용자 → 프로필 → 애플리케이션 비밀번호)에서 새 애플리케이션 비밀번호를 만들어 여기에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>no usable keychain. {problem}</source>
        <translation>사용할 수 있는 키체인이 없습니다. {problem}</translation>
    </message>
    <message>
        <source>the keychain holds no application password for this site. Use “Re-enter Password” (Site menu) to store it again.</source>
        <translation>키체인에 이 사이트의 애플리케이션 비밀번호가 없습니다. ‘비밀번호 다시 입력’(사이트 메뉴)으로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>the local store could not be used ({problem}). Close other Copydesk windows and try again.</source>
        <translation>로컬 저장소를 쓰지 못했습니다({problem}). 다른 Copydesk 창을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>the sync stopped unexpectedly ({kind}). Try again; if it keeps failing, see the log.</source>
        <translation>동기화가 예기치 않게 멈췄습니다({kind}). 다시 시도하고, 계속 실패하면 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>{problem}. Add the site again with Site → Add Site…</source>
        <translation>{problem}. 사이트 → 사이트 추가…로 다시 추가하세요</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Add Site…</source>
        <translation>사이트 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>충돌(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>지금 발행(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Re-enter Password</source>
        <translation>비밀번호 다시 입력(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>사이트(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Connect a WordPress site</source>
        <translation>WordPress 사이트 연결</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>아직 사이트가 없습니다</translation>
    </message>
    <message>
        <source>Not published: the byline question was cancelled.</source>
        <translation>발행하지 않았습니다: 바이라인 확인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Open an article first; publishing acts on the current one.</source>
        <translation>먼저 기사를 여세요. 발행은 현재 기사에 적용됩니다.</translation>
    </message>
    <message>
        <source>Publish &amp;Queue…</source>
        <translation>발행 대기열(&amp;Q)…</translation>
    </message>
    <message>
        <source>Publish the current article at a chosen time</source>
        <translation>현재 기사를 정한 시각에 발행</translation>
    </message>
    <message>
        <source>Publish the current article on the next sync</source>
        <translation>현재 기사를 다음 동기화 때 발행</translation>
    </message>
    <message>
        <source>Pull and push every site</source>
        <translation>모든 사이트와 가져오기·보내기</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Saved {site}. Sync it with Site → Sync Now ({shortcut}).</source>
        <translation>{site}을(를) 저장했습니다. 사이트 → 지금 동기화({shortcut})로 동기화하세요.</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>발행 예약(&amp;H)…</translation>
    </message>
    <message>
        <source>What waits to be published, scheduled or live</source>
        <translation>발행 대기·예약·게시 중인 기사</translation>
    </message>
    <message>
        <source>{conflicts} to resolve (Site → Conflicts…)</source>
        <translation>해결할 {conflicts}(사이트 → 충돌…)</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>실패 {count}건</translation>
    </message>
    <message>
        <source>{site}: synced — {pulled} pulled, {sent} sent</source>
        <translation>{site}: 동기화 완료 — {pulled}건 가져옴, {sent}건 보냄</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>기사 1건</translation>
    </message>
    <message>
        <source>no articles</source>
        <translation>기사 없음</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>기사 {count}건</translation>
    </message>
</context>
<context>
    <name>TaxonomyManager</name>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>병합(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>섹션 추가</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Added section “{name}”.</source>
        <translation>섹션 ‘{name}’을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Added tag “{name}”.</source>
        <translation>태그 ‘{name}’을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Could not read sections and tags: {error}</source>
        <translation>섹션과 태그를 읽지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>섹션 삭제</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>Deleted section “{name}”.</source>
        <translation>섹션 ‘{name}’을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Deleted section “{name}”; its articles now carry “{target}”.</source>
        <translation>섹션 ‘{name}’을(를) 삭제했습니다. 그 기사들은 이제 ‘{target}’에 속합니다.</translation>
    </message>
    <message>
        <source>Deleted tag “{name}”.</source>
        <translation>태그 ‘{name}’을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Deleted tag “{name}”; its articles now carry “{target}”.</source>
        <translation>태그 ‘{name}’을(를) 삭제했습니다. 그 기사들에는 이제 ‘{target}’이(가) 붙습니다.</translation>
    </message>
    <message>
        <source>Drag a section onto another to move it under it</source>
        <translation>섹션을 다른 섹션 위로 끌어 놓으면 그 아래로 옮겨집니다</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>태그 거르기</translation>
    </message>
    <message>
        <source>Filter tags by name or slug</source>
        <translation>이름이나 슬러그로 태그 거르기</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>태그 병합</translation>
    </message>
    <message>
        <source>Merged 1 tag into “{name}”.</source>
        <translation>태그 1개를 ‘{name}’(으)로 병합했습니다.</translation>
    </message>
    <message>
        <source>Merged {count} tags into “{name}”.</source>
        <translation>태그 {count}개를 ‘{name}’(으)로 병합했습니다.</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>섹션 옮기기</translation>
    </message>
    <message>
        <source>Moved section “{name}” to the top level.</source>
        <translation>섹션 ‘{name}’을(를) 최상위로 옮겼습니다.</translation>
    </message>
    <message>
        <source>Moved section “{name}” under “{parent}”.</source>
        <translation>섹션 ‘{name}’을(를) ‘{parent}’ 아래로 옮겼습니다.</translation>
    </message>
    <message>
        <source>New Section</source>
        <translation>새 섹션</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>새 태그</translation>
    </message>
    <message>
        <source>Rename Section “{name}”</source>
        <translation>섹션 ‘{name}’ 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename Tag “{name}”</source>
        <translation>태그 ‘{name}’ 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>섹션 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <source>Renamed section “{old}” to “{new}”.</source>
        <translation>섹션 ‘{old}’의 이름을 ‘{new}’(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Renamed tag “{old}” to “{new}”.</source>
        <translation>태그 ‘{old}’의 이름을 ‘{new}’(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Sections and tags</source>
        <translation>섹션과 태그</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Term kinds</source>
        <translation>분류 종류</translation>
    </message>
</context>
<context>
    <name>TaxonomyModels</name>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>슬러그</translation>
    </message>
</context>
<context>
    <name>TermNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>상위 섹션(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>슬러그(&amp;S):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Parent section</source>
        <translation>상위 섹션</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>슬러그</translation>
    </message>
    <message>
        <source>made from the name if left empty</source>
        <translation>비워 두면 이름으로 만듦</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The {language} translation is not installed; run scripts/setup.sh.</source>
        <translation>{language} 번역이 설치되어 있지 않습니다. scripts/setup.sh를 실행하세요.</translation>
    </message>
</context>
<context>
    <name>_SiteEntry</name>
    <message>
        <source>Re-enter password</source>
        <translation>비밀번호 다시 입력</translation>
    </message>
    <message>
        <source>Re-enter the application password</source>
        <translation>애플리케이션 비밀번호 다시 입력</translation>
    </message>
    <message>
        <source>Sync state of {site}</source>
        <translation>{site} 동기화 상태</translation>
    </message>
    <message>
        <source>{site} ({url}, as {user})</source>
        <translation>{site}({url}, 사용자 {user})</translation>
    </message>
</context>
</TS>
