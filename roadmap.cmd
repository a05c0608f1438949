@echo off
rem roadmap.cmd: the Backend Roadmap Kit's command line on Windows (roadmap --help lists its commands).
rem
rem On first use it builds the CLI and the exercise support library quietly with the Maven
rem Wrapper; later runs start the CLI directly. After a git pull that changes the CLI, set
rem ROADMAP_REBUILD=1 once (this script checks only that the build exists, not its age).
rem Needs a JDK 17 or newer (JAVA_HOME, or java on the PATH).
setlocal EnableExtensions

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "TARGET=%ROOT%\roadmap-cli\target"
set "CLASSPATH_FILE=%TARGET%\classpath.txt"

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo roadmap: no Java found: install a JDK 17 or newer and set JAVA_HOME 1>&2
  exit /b 3
)

call :find_jar
if defined ROADMAP_REBUILD goto build
if not defined JAR goto build
if not exist "%CLASSPATH_FILE%" goto build
goto run

:build
echo building the roadmap CLI (first run only)... 1>&2
if not exist "%ROOT%\.roadmap" mkdir "%ROOT%\.roadmap"
pushd "%ROOT%"
call "%ROOT%\mvnw.cmd" -q -B install -DskipTests -pl roadmap-cli,exercises/support -am > "%ROOT%\.roadmap\build.log" 2>&1
set "STATUS=%ERRORLEVEL%"
popd
call :find_jar
if not "%STATUS%"=="0" goto build_failed
if not defined JAR goto build_failed
if not exist "%CLASSPATH_FILE%" goto build_failed
goto run

:build_failed
echo roadmap: building the CLI failed; see .roadmap\build.log, or run: mvnw.cmd install -DskipTests -pl roadmap-cli,exercises/support -am 1>&2
exit /b 3

:run
rem The class path is one long line; for /f reads it whole (set /p stops at 1024 characters).
set "CP="
for /f "usebackq delims=" %%L in ("%CLASSPATH_FILE%") do set "CP=%%L"
set "TUNING=-XX:TieredStopAtLevel=1"
if /i "%~1"=="watch" set "TUNING=-Xshare:auto"
if /i "%~1"=="dev" set "TUNING=-Xshare:auto"
"%JAVA%" -XX:+UseSerialGC -Xmn24m -XX:-UsePerfData %TUNING% -Xlog:disable -Xlog:all=error:stderr -Droadmap.root="%ROOT%" -cp "%JAR%;%CP%" dev.roadmapkit.cli.Main %*
exit /b %ERRORLEVEL%

:find_jar
set "JAR="
for %%J in ("%TARGET%\roadmap-cli-*.jar") do set "JAR=%%~fJ"
exit /b 0
