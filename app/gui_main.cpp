#include "application.h"

int main(int argc, char** argv)
{
    return fraudlens::ui::runApplication(argc, argv);
}
