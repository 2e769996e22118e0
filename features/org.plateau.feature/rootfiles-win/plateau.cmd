@echo off
rem Starts a Plateau distribution on Windows: the workbench with no arguments, the headless runner otherwise.
rem Java: JAVA_HOME (a JDK or JRE 21 or newer), else the java on PATH. JVM options: PLATEAU_VM_ARGS (default -Xmx4g);
rem added in any case: --enable-native-access=ALL-UNNAMED and --add-modules=jdk.incubator.vector (BLAS: native
rem when libopenblas.dll is on the PATH, else the Java vector implementation). A sweep and the workbench get
rem OPENBLAS_NUM_THREADS=1 unless it is set. The headless runner uses configuration-cli (no workbench bundles).
setlocal
set "HOME_DIR=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo plateau: no Equinox launcher in %HOME_DIR%plugins: this is not a complete Plateau distribution. 1>&2
  exit /b 1
)
if "%PLATEAU_VM_ARGS%"=="" set "PLATEAU_VM_ARGS=-Xmx4g"
set "VM_ARGS=%PLATEAU_VM_ARGS% --enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector"
if "%~1"=="" (
  if not defined OPENBLAS_NUM_THREADS set "OPENBLAS_NUM_THREADS=1"
  "%JAVA%" %VM_ARGS% "-Dplateau.home=%HOME_DIR%." -jar "%LAUNCHER%" -install "%HOME_DIR%." -configuration "%HOME_DIR%configuration" -nosplash -application org.plateau.ui.workbench -data "%USERPROFILE%\.plateau\workspace"
) else (
  if /i "%~1"=="sweep" if not defined OPENBLAS_NUM_THREADS set "OPENBLAS_NUM_THREADS=1"
  "%JAVA%" %VM_ARGS% -Djava.awt.headless=true "-Dplateau.home=%HOME_DIR%." -jar "%LAUNCHER%" -install "%HOME_DIR%." -configuration "%HOME_DIR%configuration-cli" -nosplash -application org.plateau.cli.plateau -data @none %*
)
exit /b %ERRORLEVEL%
