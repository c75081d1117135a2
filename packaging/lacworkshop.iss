; Inno Setup recipe for the Windows installer.
; Build the bundle first (`make package` on Windows), then:
;   iscc /DAppVersion=0.1.0 packaging\lacworkshop.iss
; The installer goes to dist\installer; user data stays in %LOCALAPPDATA%\lacworkshop.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B7E52-3F0A-4E55-9C57-5A4F7E2B9D10}
AppName=lacworkshop
AppVersion={#AppVersion}
AppPublisher=lacworkshop developers
DefaultDirName={autopf}\lacworkshop
DefaultGroupName=lacworkshop
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist\installer
OutputBaseFilename=lacworkshop-{#AppVersion}-setup
SetupIconFile=..\build\icons\lacworkshop.ico
UninstallDisplayIcon={app}\lacworkshop-gui.exe
LicenseFile=..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; the database is never inside it.
Source: "..\dist\lacworkshop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\lacworkshop"; Filename: "{app}\lacworkshop-gui.exe"
Name: "{group}\{cm:UninstallProgram,lacworkshop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\lacworkshop"; Filename: "{app}\lacworkshop-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lacworkshop-gui.exe"; Description: "{cm:LaunchProgram,lacworkshop}"; Flags: nowait postinstall skipifsilent
