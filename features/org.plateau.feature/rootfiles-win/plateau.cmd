@echo off
rem Starts a Plateau distribution on Windows: the workbench with no arguments, the headless runner otherwise.
rem Java: JAVA_HOME (a JDK or JRE 21 or newer), else the java on PATH.
setlocal
set "HOME_DIR=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo plateau: no Equinox launcher in %HOME_DIR%plugins: this is not a complete Plateau distribution. 1>&2
  exit /b 1
)
if "%PLATEAU_VM_ARGS%"=="" set "PLATEAU_VM_ARGS=-Xmx4g"
set "COMMON=-install "%HOME_DIR%." -configuration "%HOME_DIR%configuration" -nosplash"
if "%~1"=="" (
  "%JAVA%" %PLATEAU_VM_ARGS% -jar "%LAUNCHER%" %COMMON% -application org.plateau.ui.workbench -data "%USERPROFILE%\.plateau\workspace"
) else (
  "%JAVA%" %PLATEAU_VM_ARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" %COMMON% -application org.plateau.cli.plateau -data @none %*
)
exit /b %ERRORLEVEL%
