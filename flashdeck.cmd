@echo off
rem Runs FlashDeck from a checkout, building it first when there is no build.
setlocal
set "HOME_DIR=%~dp0"
set "JAR=%HOME_DIR%app\target\flashdeck-app.jar"
if not exist "%JAR%" (
  echo flashdeck: building ^(first run^)... 1>&2
  pushd "%HOME_DIR%"
  call mvnw.cmd -q -B -ntp -DskipTests -pl app -am package 1>&2
  if errorlevel 1 (
    popd
    echo flashdeck: build failed; run mvnw.cmd -pl app -am package to see why 1>&2
    exit /b 1
  )
  popd
)
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" -XX:TieredStopAtLevel=1 %FLASHDECK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
