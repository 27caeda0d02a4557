// Holds the embedded translations (see CMakeLists.txt).
